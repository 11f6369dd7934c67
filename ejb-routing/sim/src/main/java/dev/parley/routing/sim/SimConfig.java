package dev.parley.routing.sim;

import dev.parley.routing.queue.Strategy;
import java.util.Objects;

/**
 * One simulation run, validated on construction (a bad value fails here, naming its flag).
 *
 * <p>Voice arrivals are spread evenly over {@code voiceQueues} identical voice queues; e-mail is on
 * when {@code emailArrivalsPerHour > 0} and then goes to one e-mail queue served by the same
 * agents. Statistics cover contacts arriving in {@code [warmupHours, warmupHours + hours)}.
 *
 * @param patienceSeconds mean voice caller patience; 0 means callers never abandon
 * @param slTargetPercent the voice queues' service-level target, which drives e-mail blending
 */
public record SimConfig(
    int agents,
    double arrivalsPerHour,
    double ahtSeconds,
    int voiceQueues,
    double emailArrivalsPerHour,
    double emailAhtSeconds,
    double slSeconds,
    double slTargetPercent,
    double hours,
    double warmupHours,
    double patienceSeconds,
    double answerDelaySeconds,
    Strategy strategy,
    long seed) {

  public SimConfig {
    Objects.requireNonNull(strategy, "--strategy");
    require(agents >= 1, "--agents", "must be at least 1");
    require(arrivalsPerHour > 0, "--arrivals-per-hour", "must be positive");
    require(ahtSeconds > 0, "--aht", "must be positive");
    require(voiceQueues >= 1, "--voice-queues", "must be at least 1");
    require(emailArrivalsPerHour >= 0, "--email-arrivals-per-hour", "must not be negative");
    require(emailAhtSeconds > 0, "--email-aht", "must be positive");
    require(slSeconds >= 0, "--sl-seconds", "must not be negative");
    require(slTargetPercent >= 0 && slTargetPercent <= 100, "--sl-target", "must be 0..100");
    require(hours > 0, "--hours", "must be positive");
    require(warmupHours >= 0, "--warmup-hours", "must not be negative");
    require(patienceSeconds >= 0, "--patience", "must be positive");
    require(answerDelaySeconds >= 0, "--answer-delay", "must not be negative");
  }

  private static void require(boolean ok, String flag, String what) {
    if (!ok) {
      throw new UsageException(flag + " " + what);
    }
  }

  /** Defaults for everything but the three numbers that define the voice load. */
  public static SimConfig of(int agents, double arrivalsPerHour, double ahtSeconds) {
    return new SimConfig(
        agents,
        arrivalsPerHour,
        ahtSeconds,
        1,
        0,
        600,
        20,
        80,
        2000,
        1,
        0,
        0,
        Strategy.LONGEST_IDLE,
        1);
  }

  public boolean blending() {
    return emailArrivalsPerHour > 0;
  }

  public boolean abandonment() {
    return patienceSeconds > 0;
  }

  public SimConfig withHours(double h) {
    return new SimConfig(
        agents,
        arrivalsPerHour,
        ahtSeconds,
        voiceQueues,
        emailArrivalsPerHour,
        emailAhtSeconds,
        slSeconds,
        slTargetPercent,
        h,
        warmupHours,
        patienceSeconds,
        answerDelaySeconds,
        strategy,
        seed);
  }

  public SimConfig withSeed(long s) {
    return new SimConfig(
        agents,
        arrivalsPerHour,
        ahtSeconds,
        voiceQueues,
        emailArrivalsPerHour,
        emailAhtSeconds,
        slSeconds,
        slTargetPercent,
        hours,
        warmupHours,
        patienceSeconds,
        answerDelaySeconds,
        strategy,
        s);
  }

  public SimConfig withEmail(double perHour, double aht) {
    return new SimConfig(
        agents,
        arrivalsPerHour,
        ahtSeconds,
        voiceQueues,
        perHour,
        aht,
        slSeconds,
        slTargetPercent,
        hours,
        warmupHours,
        patienceSeconds,
        answerDelaySeconds,
        strategy,
        seed);
  }

  public SimConfig withVoiceQueues(int n) {
    return new SimConfig(
        agents,
        arrivalsPerHour,
        ahtSeconds,
        n,
        emailArrivalsPerHour,
        emailAhtSeconds,
        slSeconds,
        slTargetPercent,
        hours,
        warmupHours,
        patienceSeconds,
        answerDelaySeconds,
        strategy,
        seed);
  }

  public SimConfig withPatience(double seconds) {
    return new SimConfig(
        agents,
        arrivalsPerHour,
        ahtSeconds,
        voiceQueues,
        emailArrivalsPerHour,
        emailAhtSeconds,
        slSeconds,
        slTargetPercent,
        hours,
        warmupHours,
        seconds,
        answerDelaySeconds,
        strategy,
        seed);
  }
}
