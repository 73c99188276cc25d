/** The analytics use cases: who may read each report, in which transaction, with which bounds. */
package dev.leaseport.application.analytics;
