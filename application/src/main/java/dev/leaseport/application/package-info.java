/**
 * Use cases: what each caller may do, inside which transaction. Plain Java without annotations;
 * bootstrap makes each one a CDI bean (ADR 0001).
 */
package dev.leaseport.application;
