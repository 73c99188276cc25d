/**
 * The owner's exports: the rent roll and the payments of a period, as lines read one at a time from
 * a single database call and handed on as they arrive, so an export of any size holds one line in
 * memory at a time.
 */
package dev.leaseport.domain.export;
