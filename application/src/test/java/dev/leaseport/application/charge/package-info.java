/** Charge use case tests: who may act, and what each calls. */
package dev.leaseport.application.charge;
