package dev.leaseport.adapters.rest.paymentmethod;

import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.domain.shared.PageRequest;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of {@code GET /payment-methods}: always the default first, then the newest. */
public class PaymentMethodListQuery {
  @QueryParam("limit")
  @Parameter(description = "1..100, default 20")
  String limit;

  @QueryParam("offset")
  @Parameter(description = "0..1000000, default 0")
  String offset;

  PageRequest page() {
    return ListParameters.page(limit, offset);
  }
}
