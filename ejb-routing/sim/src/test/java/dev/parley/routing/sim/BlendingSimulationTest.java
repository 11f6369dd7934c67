package dev.parley.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Voice at 70% load on 55 agents (A = 38.5 erlangs) with e-mail blended in from a second queue:
 * e-mail is only offered when no call waits, and a call interrupts e-mail work, so callers should
 * not notice the e-mail at all while the spare capacity clears the e-mail.
 */
class BlendingSimulationTest {
  private static final SimConfig VOICE_ONLY =
      SimConfig.of(55, 577.5, 240).withHours(12).withSeed(7);

  @Test
  void voiceServiceLevelHoldsWhileEmailIsHandled() {
    RunTotals voiceOnly = new Simulation(VOICE_ONLY).run();
    RunTotals blended = new Simulation(VOICE_ONLY.withEmail(60, 600)).run();

    assertThat(blended.voice().serviceLevelPercent())
        .isCloseTo(voiceOnly.voice().serviceLevelPercent(), within(1.0));
    assertThat(blended.voice().asaSeconds()).isCloseTo(voiceOnly.voice().asaSeconds(), within(1.0));
    // 60 e-mails an hour arrive; (nearly) all of them are handled, little is left waiting.
    assertThat(blended.email().handled / 12.0).isCloseTo(60, within(6.0));
    assertThat(blended.emailWaitingAtEnd()).isLessThan(30);
    // Agents are busier: the spare voice capacity went into e-mail (10 erlangs on 55 agents).
    double voiceOccupancy = 100.0 * voiceOnly.busyNanos() / voiceOnly.agentNanos();
    double blendedOccupancy = 100.0 * blended.busyNanos() / blended.agentNanos();
    assertThat(blendedOccupancy - voiceOccupancy).isCloseTo(100 * 10.0 / 55, within(3.0));
  }

  @Test
  void voiceHoldsEvenWhenEmailExceedsTheSpareCapacity() {
    // 120 e-mails/h x 600 s = 20 erlangs, more than the 16.5 left over by voice.
    RunTotals voiceOnly = new Simulation(VOICE_ONLY).run();
    RunTotals flooded = new Simulation(VOICE_ONLY.withEmail(120, 600)).run();

    assertThat(flooded.voice().serviceLevelPercent())
        .isCloseTo(voiceOnly.voice().serviceLevelPercent(), within(1.0));
    assertThat(flooded.email().handled / 12.0).isBetween(80.0, 110.0);
    assertThat(flooded.emailWaitingAtEnd()).isGreaterThan(50);
  }
}
