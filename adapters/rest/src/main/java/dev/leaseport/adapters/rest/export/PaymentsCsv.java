package dev.leaseport.adapters.rest.export;

import static dev.leaseport.adapters.rest.export.CsvCell.money;
import static dev.leaseport.adapters.rest.export.CsvCell.text;
import static dev.leaseport.adapters.rest.export.CsvCell.value;

import dev.leaseport.domain.export.PaymentLine;
import java.util.List;

/** The columns of {@code payments.csv}, one line per payment (documented in the API guide). */
final class PaymentsCsv {
  static final CsvTable<PaymentLine> TABLE =
      new CsvTable<>(
          List.of(
              "date",
              "created_at",
              "payment_id",
              "property",
              "unit",
              "lease_id",
              "payer",
              "payer_email",
              "charge_id",
              "charge_kind",
              "charge_description",
              "period_start",
              "period_end",
              "due_date",
              "status",
              "method",
              "currency",
              "amount",
              "refunded",
              "disputed",
              "platform_fee",
              "stripe_payment_intent_id",
              "failure_code"),
          PaymentsCsv::fields);

  private PaymentsCsv() {}

  private static List<CsvCell> fields(PaymentLine line) {
    return List.of(
        value(line.date()),
        value(line.createdAt()),
        value(line.id()),
        text(line.propertyName()),
        text(line.unitNumber()),
        value(line.leaseId()),
        text(line.payer()),
        text(line.payerEmail()),
        value(line.chargeId()),
        value(line.chargeKind()),
        text(line.chargeDescription()),
        value(line.periodStart()),
        value(line.periodEnd()),
        value(line.dueDate()),
        value(line.status()),
        value(line.methodKind()),
        value(line.amount().currency()),
        money(line.amount()),
        money(line.refunded()),
        money(line.disputed()),
        money(line.applicationFee()),
        text(line.stripePaymentIntentId()),
        text(line.failureCode()));
  }
}
