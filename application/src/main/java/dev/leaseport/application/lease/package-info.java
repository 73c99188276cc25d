/**
 * Use cases for leases: owners draft, send, terminate, renew and cancel; owners and the renters on
 * a lease read and sign it. Each checks the state machine first, so the answer to an illegal move
 * is 409 naming the current state.
 */
package dev.leaseport.application.lease;
