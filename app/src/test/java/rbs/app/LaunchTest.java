package rbs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flags a large run takes into the Java VM with the full compiler. */
class LaunchTest {

  @Test
  void theFullVmKeepsTheOperatorsFlagsAndTheClassArchiveButNotQuickModeNorItsAotCache() {
    List<String> quickVm = new ArrayList<>(Launch.QUICK_FLAGS);
    quickVm.add(Launch.HUGE_PAGES_FLAG);
    quickVm.addAll(
        List.of(
            "-XX:SharedArchiveFile=/opt/rbs/app/target/rbs-classes.jsa",
            "-Xlog:cds=off",
            "-XX:AOTCache=/opt/rbs/app/target/rbs-classes.aot",
            "-Xlog:aot*=off",
            "-Xmx2g",
            "-Drbs.threads=1"));

    assertThat(Launch.fullVmFlags(quickVm))
        .containsExactly(
            "-XX:SharedArchiveFile=/opt/rbs/app/target/rbs-classes.jsa",
            "-Xlog:cds=off",
            "-Xlog:aot*=off",
            "-Xmx2g",
            "-Drbs.threads=1");
  }
}
