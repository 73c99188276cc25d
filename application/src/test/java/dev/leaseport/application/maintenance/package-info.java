/** Who may run which maintenance use case, and what each asks of the repository. */
package dev.leaseport.application.maintenance;
