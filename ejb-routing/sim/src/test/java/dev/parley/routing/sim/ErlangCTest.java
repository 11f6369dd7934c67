package dev.parley.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected values were computed independently of this code: the closed form P_w = (A^N/N!)·N/(N−A)
 * / (Σ_{k<N} A^k/k! + (A^N/N!)·N/(N−A)) in exact rational arithmetic (Python {@code fractions}),
 * then SL and ASA from it.
 */
class ErlangCTest {
  private static final double EPS = 1e-6;

  @Test
  void computesTrafficFromArrivalsAndHandleTime() {
    assertThat(ErlangC.of(55, 720, 240).trafficErlangs()).isCloseTo(48.0, within(1e-12));
  }

  @Test
  void matchesTextbookValuesFor48ErlangsOn55Agents() {
    ErlangC m = ErlangC.of(55, 720, 240);
    assertThat(m.probabilityOfWaiting()).isCloseTo(0.2387009363780092, within(EPS));
    assertThat(m.serviceLevel(20)).isCloseTo(0.8667964881728509, within(EPS));
    assertThat(m.asaSeconds()).isCloseTo(8.184032104388887, within(EPS));
    assertThat(m.occupancy()).isCloseTo(48.0 / 55, within(1e-12));
  }

  @Test
  void matchesIndependentValuesAtOtherLoads() {
    assertThat(ErlangC.of(52, 720, 240).serviceLevel(20))
        .isCloseTo(0.6660745200246492, within(EPS));
    assertThat(ErlangC.of(52, 720, 240).asaSeconds()).isCloseTo(27.961832934386145, within(EPS));
    assertThat(ErlangC.of(60, 720, 240).serviceLevel(20))
        .isCloseTo(0.9766793992324798, within(EPS));
    assertThat(ErlangC.of(10, 120, 240).probabilityOfWaiting())
        .isCloseTo(0.40918015079644354, within(EPS));
    assertThat(ErlangC.of(10, 120, 240).serviceLevel(20))
        .isCloseTo(0.6536364801628249, within(EPS));
    assertThat(ErlangC.of(10, 160, 180).serviceLevel(20)).isCloseTo(0.672354148726148, within(EPS));
  }

  @Test
  void staysFiniteForLargeCenters() {
    // Factorials would overflow a double here; the Erlang B recurrence does not.
    ErlangC m = ErlangC.of(2000, 70_200, 100);
    assertThat(m.probabilityOfWaiting()).isBetween(0.0, 1.0);
    assertThat(m.serviceLevel(20)).isBetween(0.0, 1.0);
  }

  @Test
  void serviceLevelIsOneMinusWaitingAtZeroSeconds() {
    ErlangC m = ErlangC.of(55, 720, 240);
    assertThat(m.serviceLevel(0)).isCloseTo(1 - m.probabilityOfWaiting(), within(1e-12));
  }

  @Test
  void refusesAnUnstableQueueWithAClearMessage() {
    assertThatThrownBy(() -> ErlangC.of(48, 720, 240))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unstable")
        .hasMessageContaining("48 agents");
    assertThatThrownBy(() -> ErlangC.of(40, 720, 240)).hasMessageContaining("N must exceed A");
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> ErlangC.of(0, 720, 240)).hasMessageContaining("agents >= 1");
    assertThatThrownBy(() -> ErlangC.of(10, 720, 0)).hasMessageContaining("AHT > 0");
  }
}
