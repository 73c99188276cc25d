package dev.leaseport.domain.payment;

import java.net.URI;

/**
 * Where the provider's onboarding sends the owner back: {@code returnUrl} when they finish or
 * leave, {@code refreshUrl} when the link expired and a new one is needed.
 */
public record OnboardingUrls(URI returnUrl, URI refreshUrl) {}
