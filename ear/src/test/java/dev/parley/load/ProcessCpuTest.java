package dev.parley.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reading CPU time out of {@code /proc/<pid>/stat}. */
class ProcessCpuTest {

  @Test
  void addsUserSystemAndWaitedForChildrenTicks() {
    String line =
        "4242 (chromium) S 4200 4242 4242 0 -1 4194560 9000 120 3 0 1500 250 40 10 20 0 12 0 99"
            + " 1000000 5000 18446744073709551615";

    assertThat(ProcessCpu.ticks(line)).isEqualTo(1500 + 250 + 40 + 10);
  }

  @Test
  void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
    String line =
        "77 (Web Content (1)) R 1 77 77 0 -1 0 0 0 0 0 7 3 0 0 20 0 1 0 5 1000 10"
            + " 18446744073709551615";

    assertThat(ProcessCpu.ticks(line)).isEqualTo(10);
  }

  @Test
  void aProcessThatIsGoneHasNoTimeAndNoPidIsNotANumber() {
    // pid_max on Linux is at most 2^22, so this pid never exists
    assertThat(ProcessCpu.seconds(1L << 40)).isZero();
    assertThat(ProcessCpu.treeSeconds(1L << 40)).isZero();
    assertThat(ProcessCpu.seconds(0)).isNaN();
  }

  @Test
  void somethingElseIsRefused() {
    assertThatThrownBy(() -> ProcessCpu.ticks("no parentheses here"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
