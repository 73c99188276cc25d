package dev.leaseport.adapters.rest;

/** Request bodies shown in the OpenAPI document; kept valid by the tests that post them. */
public final class ApiExamples {
  public static final String NEW_PROPERTY =
      "{\"name\": \"Elm Court\", \"address\": {\"line1\": \"1 Elm Street\", \"city\": \"Springfield\","
          + " \"region\": \"IL\", \"postalCode\": \"62701\", \"country\": \"US\"},"
          + " \"propertyType\": \"APARTMENT\", \"description\": \"Twelve flats by the park\"}";
  public static final String PROPERTY_PATCH =
      "{\"name\": \"Elm Court North\", \"address\": {\"line2\": null}, \"status\": \"ARCHIVED\"}";

  /** The ids are placeholders: the unit and the tenant record must be the owner's own. */
  public static final String NEW_LEASE =
      "{\"unitId\": \"0b5c3a52-5f0e-4d43-9a41-2b1f1c7d9e01\", \"startDate\": \"2030-01-01\","
          + " \"endDate\": \"2030-12-31\", \"rentAmount\": {\"amount\": 150000, \"currency\": \"usd\"},"
          + " \"securityDeposit\": {\"amount\": 300000, \"currency\": \"usd\"}, \"rentDueDay\": 1,"
          + " \"gracePeriodDays\": 5, \"lateFeeAmount\": {\"amount\": 5000, \"currency\": \"usd\"},"
          + " \"tenants\": [{\"tenantId\": \"6d1f7c2e-8a34-4b9e-b1c2-3e4f5a6b7c02\","
          + " \"role\": \"PRIMARY\"}]}";

  public static final String NEW_MAINTENANCE_REQUEST =
      "{\"unitId\": \"0b5c3a52-5f0e-4d43-9a41-2b1f1c7d9e01\", \"title\": \"Leaking tap\","
          + " \"description\": \"Under the kitchen sink\", \"category\": \"PLUMBING\","
          + " \"priority\": \"HIGH\"}";
  public static final String MAINTENANCE_PATCH =
      "{\"status\": \"IN_PROGRESS\", \"scheduledFor\": \"2030-03-02\","
          + " \"estimatedCost\": {\"amount\": 12000, \"currency\": \"usd\"},"
          + " \"note\": \"Plumber booked\"}";
  public static final String LEASE_PATCH =
      "{\"rentAmount\": {\"amount\": 155000, \"currency\": \"usd\"}, \"rentDueDay\": 5}";
  public static final String NEW_CHARGE =
      "{\"description\": \"Replacement key\", \"amount\": {\"amount\": 2500, \"currency\":"
          + " \"usd\"}, \"dueDate\": \"2030-07-01\"}";
  public static final String LEASE_TERMINATION =
      "{\"effectiveDate\": \"2030-06-30\", \"reason\": \"The tenant is moving abroad\"}";
  public static final String LEASE_RENEWAL =
      "{\"endDate\": \"2031-12-31\", \"rentAmount\": {\"amount\": 155000, \"currency\": \"usd\"}}";
  public static final String NEW_UNIT =
      "{\"unitNumber\": \"1A\", \"bedrooms\": 2, \"bathrooms\": 1.5, \"squareFeet\": 820,"
          + " \"rentAmount\": {\"amount\": 150000, \"currency\": \"usd\"}, \"status\": \"VACANT\"}";
  public static final String UNIT_PATCH =
      "{\"rentAmount\": {\"amount\": 155000, \"currency\": \"usd\"}, \"squareFeet\": null}";
  public static final String PROFILE_PATCH =
      "{\"fullName\": \"Ana Lima\", \"phone\": \"+1 555 0100\"}";
  public static final String NEW_TENANT =
      "{\"firstName\": \"Ana\", \"lastName\": \"Lima\", \"email\": \"ana.lima@example.com\","
          + " \"phone\": \"+1 555 0100\"}";
  public static final String TENANT_PATCH = "{\"phone\": \"+1 555 0199\", \"notes\": null}";
  public static final String NEW_INVITATION =
      "{\"tenantId\": \"7b0c2f1e-4d5a-4c3b-9e8f-1a2b3c4d5e6f\"}";
  public static final String ACCEPT_INVITATION =
      "{\"token\": \"q3Jx2V0m9bTzKf8uYc1WnR4sLp6dHa5EoGi7kMvXjNw\"}";
  public static final String CHECKOUT_SESSION = "{\"planId\": \"starter\"}";
  public static final String DEV_TOKEN =
      "{\"userType\": \"OWNER\", \"email\": \"owner@example.com\"}";
  public static final String NEW_EXPENSE =
      "{\"propertyId\": \"3c9e1f4a-2b7d-4e8a-9f10-5a6b7c8d9e03\", \"category\": \"REPAIRS\","
          + " \"amount\": {\"amount\": 24500, \"currency\": \"usd\"}, \"incurredOn\":"
          + " \"2026-11-20\", \"vendor\": \"Quick Plumbing LLC\", \"description\": \"Kitchen"
          + " sink trap replaced\"}";
  public static final String EXPENSE_PATCH =
      "{\"amount\": {\"amount\": 26000, \"currency\": \"usd\"}, \"description\": null}";
  public static final String PAY_CHARGE = "{\"paymentMethodId\": \"pm_1Q2w3E4r5T6y7U8i\"}";
  public static final String REFUND =
      "{\"amount\": {\"amount\": 50000, \"currency\": \"usd\"}, \"reason\":"
          + " \"REQUESTED_BY_CUSTOMER\"}";
  public static final String RUN_JOB = "{\"asOf\": \"2026-11-29\"}";
  public static final String LEASE_AUTOPAY =
      "{\"enabled\": true, \"paymentMethodId\": \"5f0c7c1e-8a3b-4c2d-9e1f-2a3b4c5d6e7f\"}";

  private ApiExamples() {}
}
