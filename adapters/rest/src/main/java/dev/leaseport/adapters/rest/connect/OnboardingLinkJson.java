package dev.leaseport.adapters.rest.connect;

/** A single-use link into Stripe's onboarding; send the owner there at once. */
public record OnboardingLinkJson(String url) {}
