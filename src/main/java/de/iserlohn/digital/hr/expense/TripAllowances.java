package de.iserlohn.digital.hr.expense;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Computes the allowances of a trip from the LRKG NRW decision tables: the per diem for every
 * calendar day ({@code per-diem}), the reductions for provided meals ({@code meal-reduction}, at
 * most the per diem) and the mileage allowance ({@code mileage-allowance}, with its cap).
 */
public final class TripAllowances {

  /** Evaluates a decision table and returns the single result's entries. */
  @FunctionalInterface
  public interface Decisions {
    Map<String, Object> evaluate(String decisionKey, Map<String, Object> variables);
  }

  /** The computed amounts in EUR. */
  public record Result(
      BigDecimal perDiem,
      BigDecimal mealReduction,
      BigDecimal mileage,
      BigDecimal receipts,
      BigDecimal total) {}

  private final Decisions decisions;

  public TripAllowances(Decisions decisions) {
    this.decisions = decisions;
  }

  public Result compute(
      LocalDateTime departure,
      LocalDateTime returnAt,
      int breakfasts,
      int lunches,
      int dinners,
      String vehicle,
      int kilometres,
      boolean goodReason,
      BigDecimal receipts) {
    BigDecimal perDiem = BigDecimal.ZERO;
    LocalDate first = departure.toLocalDate();
    LocalDate last = returnAt.toLocalDate();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      String kind;
      double hours;
      if (first.equals(last)) {
        kind = "EINTAEGIG";
        hours = hours(departure, returnAt);
      } else if (day.equals(first)) {
        kind = "ANREISE_ABREISE";
        hours = hours(departure, day.plusDays(1).atStartOfDay());
      } else if (day.equals(last)) {
        kind = "ANREISE_ABREISE";
        hours = hours(day.atStartOfDay(), returnAt);
      } else {
        kind = "ZWISCHENTAG";
        hours = 24;
      }
      perDiem =
          perDiem.add(
              amount(
                  decisions
                      .evaluate("per-diem", Map.of("absenceHours", hours, "dayKind", kind))
                      .get("perDiem")));
    }
    BigDecimal reduction =
        reduction("FRUEHSTUECK", breakfasts)
            .add(reduction("MITTAGESSEN", lunches))
            .add(reduction("ABENDESSEN", dinners))
            .min(perDiem);
    BigDecimal mileage = BigDecimal.ZERO;
    if (kilometres > 0 && vehicle != null) {
      Map<String, Object> vars = new HashMap<>();
      vars.put("vehicle", vehicle);
      vars.put("goodReason", goodReason);
      Map<String, Object> rate = decisions.evaluate("mileage-allowance", vars);
      mileage = amount(rate.get("ratePerKm")).multiply(BigDecimal.valueOf(kilometres));
      if (rate.get("maxAmount") != null) {
        mileage = mileage.min(amount(rate.get("maxAmount")));
      }
    }
    BigDecimal total = perDiem.subtract(reduction).add(mileage).add(receipts);
    return new Result(
        scale(perDiem), scale(reduction), scale(mileage), scale(receipts), scale(total));
  }

  private BigDecimal reduction(String meal, int count) {
    if (count == 0) {
      return BigDecimal.ZERO;
    }
    return amount(decisions.evaluate("meal-reduction", Map.of("meal", meal)).get("reduction"))
        .multiply(BigDecimal.valueOf(count));
  }

  private static double hours(LocalDateTime from, LocalDateTime to) {
    return Duration.between(from, to).toMinutes() / 60.0;
  }

  private static BigDecimal amount(Object value) {
    return new BigDecimal(value.toString());
  }

  private static BigDecimal scale(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
