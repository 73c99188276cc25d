/** Use cases: what each caller may do, inside which transaction. Plain Java, wired by bootstrap. */
package dev.leaseport.application;
