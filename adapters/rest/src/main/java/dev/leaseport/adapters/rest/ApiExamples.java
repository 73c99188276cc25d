package dev.leaseport.adapters.rest;

/** Request bodies shown in the OpenAPI document; kept valid by the tests that post them. */
public final class ApiExamples {
  public static final String NEW_PROPERTY =
      "{\"name\": \"Elm Court\", \"address\": {\"line1\": \"1 Elm Street\", \"city\": \"Springfield\","
          + " \"region\": \"IL\", \"postalCode\": \"62701\", \"country\": \"US\"},"
          + " \"propertyType\": \"APARTMENT\", \"description\": \"Twelve flats by the park\"}";
  public static final String PROPERTY_PATCH =
      "{\"name\": \"Elm Court North\", \"address\": {\"line2\": null}, \"status\": \"ARCHIVED\"}";
  public static final String NEW_UNIT =
      "{\"unitNumber\": \"1A\", \"bedrooms\": 2, \"bathrooms\": 1.5, \"squareFeet\": 820,"
          + " \"rentAmount\": {\"amount\": 150000, \"currency\": \"usd\"}, \"status\": \"VACANT\"}";
  public static final String UNIT_PATCH =
      "{\"rentAmount\": {\"amount\": 155000, \"currency\": \"usd\"}, \"squareFeet\": null}";
  public static final String PROFILE_PATCH =
      "{\"fullName\": \"Ana Lima\", \"phone\": \"+1 555 0100\"}";
  public static final String CHECKOUT_SESSION = "{\"planId\": \"starter\"}";
  public static final String DEV_TOKEN =
      "{\"userType\": \"OWNER\", \"email\": \"owner@example.com\"}";

  private ApiExamples() {}
}
