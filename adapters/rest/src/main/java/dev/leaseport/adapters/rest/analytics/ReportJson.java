package dev.leaseport.adapters.rest.analytics;

import dev.leaseport.domain.analytics.Report;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * A report's document as the response body. It is read into a JSON-P object (the writer every
 * problem answer uses) rather than written as text, so the body is certain to be one JSON object.
 */
public final class ReportJson {
  private ReportJson() {}

  public static JsonObject of(Report report) {
    try (JsonReader reader = Json.createReader(new StringReader(report.json()))) {
      return reader.readObject();
    }
  }
}
