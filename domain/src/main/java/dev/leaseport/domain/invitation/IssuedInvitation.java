package dev.leaseport.domain.invitation;

/** A new invitation and its token: the only moment the token exists outside the renter's link. */
public record IssuedInvitation(Invitation invitation, InvitationToken token) {}
