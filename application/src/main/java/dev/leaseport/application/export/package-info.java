/**
 * The owner's CSV exports: who may read them is decided when the request arrives; the one database
 * call runs, in the caller's transaction, while the answer is written.
 */
package dev.leaseport.application.export;
