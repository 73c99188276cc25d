/** The autopay job's loop with fakes: one provider call per claim, each outcome recorded once. */
package dev.leaseport.application.autopay;
