package dev.leaseport.adapters.rest.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.charge.ChargeKind;
import dev.leaseport.domain.export.ExportRows;
import dev.leaseport.domain.export.PaymentLine;
import dev.leaseport.domain.export.RentRollLine;
import dev.leaseport.domain.export.RentRollLine.RentRollLease;
import dev.leaseport.domain.payment.PaymentMethodKind;
import dev.leaseport.domain.payment.PaymentStatus;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.unit.UnitStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExportCsvTest {
  private static final UUID PROPERTY = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final UUID LEASE = UUID.fromString("00000000-0000-0000-0000-00000000000c");
  private static final UUID PAYMENT = UUID.fromString("00000000-0000-0000-0000-00000000000d");
  private static final UUID CHARGE = UUID.fromString("00000000-0000-0000-0000-00000000000e");
  private static final String RENT_ROLL_HEADER =
      "property_id,property,address,city,unit_id,unit,unit_status,lease_id,lease_start,lease_end,"
          + "primary_tenant,primary_tenant_email,currency,rent,security_deposit,balance_due\r\n";

  @Test
  void anExportWithoutLinesIsItsHeaderAlone() {
    assertThat(RentRollCsv.TABLE.write(List.of())).isEqualTo(RENT_ROLL_HEADER);
  }

  @Test
  void aVacantUnitHasItsAskingRentAndNoLeaseColumns() {
    RentRollLine vacant =
        new RentRollLine(
            PROPERTY,
            "Elm Court",
            "1 Elm Street",
            "Springfield",
            UNIT,
            "1A",
            UnitStatus.VACANT,
            Optional.empty(),
            new Money(150_000, "usd"));

    assertThat(RentRollCsv.TABLE.write(List.of(vacant)))
        .isEqualTo(
            RENT_ROLL_HEADER
                + PROPERTY
                + ",Elm Court,1 Elm Street,Springfield,"
                + UNIT
                + ",1A,VACANT,,,,,,usd,1500.00,,\r\n");
  }

  @Test
  void aLeasedUnitShowsItsLeaseInTheLeasesCurrencyPrecisionAndNeutralisedNames() {
    RentRollLine leased =
        new RentRollLine(
            PROPERTY,
            "Sakura, Annex",
            "2-1 Chome",
            "Tokyo",
            UNIT,
            "=1+1",
            UnitStatus.OCCUPIED,
            Optional.of(
                new RentRollLease(
                    LEASE,
                    LocalDate.of(2030, 1, 1),
                    LocalDate.of(2030, 12, 31),
                    Optional.of("=HYPERLINK(\"http://evil\",\"x\") Lima"),
                    Optional.of("ana@example.test"),
                    new Money(300_000, "jpy"),
                    new Money(0, "jpy"))),
            new Money(150_000, "jpy"));

    assertThat(RentRollCsv.TABLE.write(List.of(leased)))
        .isEqualTo(
            RENT_ROLL_HEADER
                + PROPERTY
                + ",\"Sakura, Annex\",2-1 Chome,Tokyo,"
                + UNIT
                + ",'=1+1,OCCUPIED,"
                + LEASE
                + ",2030-01-01,2030-12-31,"
                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\") Lima\",ana@example.test,"
                + "jpy,150000,300000,0\r\n");
  }

  @Test
  void aPaymentLineHasEveryAmountInItsCurrencysPrecision() {
    PaymentLine payment =
        new PaymentLine(
            PAYMENT,
            Instant.parse("2030-03-01T08:15:30Z"),
            LocalDate.of(2030, 3, 1),
            "Pearl Tower",
            "7",
            LEASE,
            Optional.of("-Ana Lima"),
            Optional.empty(),
            CHARGE,
            ChargeKind.RENT,
            "Rent 2030-03",
            Optional.of(LocalDate.of(2030, 3, 1)),
            Optional.of(LocalDate.of(2030, 3, 31)),
            LocalDate.of(2030, 3, 1),
            PaymentStatus.SUCCEEDED,
            Optional.of(PaymentMethodKind.CARD),
            new Money(250_500, "bhd"),
            new Money(500, "bhd"),
            new Money(0, "bhd"),
            new Money(6_263, "bhd"),
            Optional.of("pi_3Abc"),
            Optional.empty());

    assertThat(PaymentsCsv.TABLE.write(List.of(payment)).split("\r\n"))
        .containsExactly(
            "date,created_at,payment_id,property,unit,lease_id,payer,payer_email,charge_id,"
                + "charge_kind,charge_description,period_start,period_end,due_date,status,method,"
                + "currency,amount,refunded,disputed,platform_fee,stripe_payment_intent_id,"
                + "failure_code",
            "2030-03-01,2030-03-01T08:15:30Z,"
                + PAYMENT
                + ",Pearl Tower,7,"
                + LEASE
                + ",'-Ana Lima,,"
                + CHARGE
                + ",RENT,Rent 2030-03,2030-03-01,2030-03-31,2030-03-01,SUCCEEDED,CARD,"
                + "bhd,250.500,0.500,0.000,6.263,pi_3Abc,");
  }

  @Test
  void aCallThatFailsBeforeItsFirstLineHasWrittenNothing() {
    ExportRows<RentRollLine> failing =
        each -> {
          throw UnavailableException.database();
        };
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    assertThatThrownBy(() -> RentRollCsv.TABLE.of(failing).write(bytes))
        .isInstanceOf(UnavailableException.class);
    assertThat(bytes.size()).isZero();
  }

  @Test
  void aFailureAfterTheFirstLinesEndsTheFileWithAnUnterminatedLineSayingSo() {
    RentRollLine vacant =
        new RentRollLine(
            PROPERTY,
            "Elm Court",
            "1 Elm Street",
            "Springfield",
            UNIT,
            "1A",
            UnitStatus.VACANT,
            Optional.empty(),
            new Money(150_000, "usd"));
    ExportRows<RentRollLine> failingLater =
        each -> {
          each.accept(vacant);
          throw UnavailableException.database();
        };
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    assertThatThrownBy(() -> RentRollCsv.TABLE.of(failingLater).write(bytes))
        .isInstanceOf(UnavailableException.class);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(RentRollCsv.TABLE.write(List.of(vacant)) + CsvWriter.INCOMPLETE)
        .doesNotEndWith("\r\n");
    assertThat(CsvWriter.INCOMPLETE).startsWith("\"").containsOnlyOnce("\"");
  }

  @Test
  void aClientThatGoesAwayEndsTheExportWithItsIoException() {
    OutputStream gone =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    ExportRows<RentRollLine> manyLines =
        each -> {
          for (int i = 0; i < 10_000; i++) {
            each.accept(
                new RentRollLine(
                    PROPERTY,
                    "Elm Court",
                    "1 Elm Street",
                    "Springfield",
                    UNIT,
                    "1A",
                    UnitStatus.VACANT,
                    Optional.empty(),
                    new Money(1, "usd")));
          }
        };

    assertThatThrownBy(() -> RentRollCsv.TABLE.of(manyLines).write(gone))
        .isInstanceOf(IOException.class)
        .hasMessage("Broken pipe");
  }
}
