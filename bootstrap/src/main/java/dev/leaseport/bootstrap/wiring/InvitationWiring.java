package dev.leaseport.bootstrap.wiring;

import dev.leaseport.adapters.rest.invitation.InvitationLinks;
import dev.leaseport.bootstrap.startup.LeaseportRuntime;
import dev.leaseport.domain.invitation.InvitationPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Invitations from configuration: how long a link works, and the public URL it points at. */
@ApplicationScoped
public class InvitationWiring {
  @Inject LeaseportRuntime runtime;

  @Produces
  InvitationPolicy invitationPolicy() {
    return new InvitationPolicy(runtime.settings().invitationTtl());
  }

  @Produces
  InvitationLinks invitationLinks() {
    return new InvitationLinks(runtime.settings().publicUrl());
  }
}
