package rbs.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * An amount of money as an indicator shows it: in kronor, thousands or millions. An indicator is
 * about money when its {@code unit} is one of these words; it sums a column of amounts, which
 * extracts (ledgers) hold in kronor, and shows the sum in its own unit.
 */
public enum Money {
  KR("kr", BigDecimal.ONE),
  TKR("tkr", BigDecimal.valueOf(1_000)),
  MNKR("mnkr", BigDecimal.valueOf(1_000_000));

  private final String word;
  private final BigDecimal kronor;

  Money(String word, BigDecimal kronor) {
    this.word = word;
    this.kronor = kronor;
  }

  /** The unit as written ("tkr"). */
  public String word() {
    return word;
  }

  /** How many kronor one of this unit is. */
  public BigDecimal kronor() {
    return kronor;
  }

  /** An amount in kronor in this unit, exactly (as far as 10 decimals go). */
  public BigDecimal of(BigDecimal amountInKronor) {
    if (this == KR) {
      return amountInKronor;
    }
    return amountInKronor.divide(kronor, 10, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
  }

  /** The money unit an indicator's unit names: kr, kronor, tkr, mnkr or mkr (any case). */
  public static Optional<Money> ofUnit(String unit) {
    return switch (unit.trim().toLowerCase(Locale.ROOT)) {
      case "kr", "kronor", "sek" -> Optional.of(KR);
      case "tkr" -> Optional.of(TKR);
      case "mnkr", "mkr" -> Optional.of(MNKR);
      default -> Optional.empty();
    };
  }
}
