package rbs.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How many rejected rows a source may have before the run fails (exit 3, no reports): at most
 * {@code maxRows} rows, at most {@code maxShare} (0..1) of the rows read; either may be absent.
 */
public record RejectLimit(Optional<Long> maxRows, Optional<BigDecimal> maxShare) {

  public RejectLimit {
    Objects.requireNonNull(maxRows, "maxRows");
    Objects.requireNonNull(maxShare, "maxShare");
  }

  /** The default: at most 5 % of a source's rows may be rejected. */
  public static RejectLimit standard() {
    return new RejectLimit(Optional.empty(), Optional.of(new BigDecimal("0.05")));
  }

  /** Whether {@code rejected} of {@code read} rows exceeds this limit. */
  public boolean exceededBy(long rejected, long read) {
    if (maxRows.isPresent() && rejected > maxRows.get()) {
      return true;
    }
    return read > 0
        && maxShare.isPresent()
        && BigDecimal.valueOf(rejected).compareTo(maxShare.get().multiply(BigDecimal.valueOf(read)))
            > 0;
  }
}
