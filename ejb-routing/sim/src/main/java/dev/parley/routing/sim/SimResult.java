package dev.parley.routing.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a run measured. Percentages are 0..100. The top-level service level, ASA, abandonment and
 * contact count are the voice figures (the live channel the service level is about); e-mail has its
 * own lines when blending is on. Erlang C figures are given for comparison whenever the run is the
 * model's M/M/N case (no abandonment, no e-mail, no answer delay, N > A).
 *
 * <p>{@code serviceLevelCi95} is the half-width of a 95% confidence interval from {@code batches}
 * batch means; {@code serviceLevelControlled} is the same service level estimated with the realized
 * workload as control variates, with its own interval (see {@link Estimate}). {@code unanswered}
 * counts measured calls neither answered nor abandoned when nothing was left to happen; they count
 * as missing the threshold, and a correct engine leaves none.
 */
public record SimResult(
    SimConfig config,
    double serviceLevel,
    double serviceLevelCi95,
    Estimate serviceLevelControlled,
    double asaSeconds,
    double abandonmentRate,
    double occupancy,
    long contacts,
    long unanswered,
    long emailContacts,
    long emailHandled,
    long emailWaitingAtEnd,
    int batches,
    long engineCommands) {

  /** {@code key=value} lines, in a fixed order. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add("service_level=" + f(serviceLevel));
    out.add("service_level_ci95=" + f(serviceLevelCi95));
    if (!Double.isNaN(serviceLevelControlled.halfWidth95())) {
      out.add("service_level_cv=" + f(serviceLevelControlled.value()));
      out.add("service_level_cv_ci95=" + f(serviceLevelControlled.halfWidth95()));
    }
    out.add("asa_seconds=" + f(asaSeconds));
    out.add("abandonment_rate=" + f(abandonmentRate));
    out.add("occupancy=" + f(occupancy));
    out.add("contacts=" + contacts);
    out.add("unanswered=" + unanswered);
    if (config.blending()) {
      out.add("voice_service_level=" + f(serviceLevel));
      out.add("voice_asa_seconds=" + f(asaSeconds));
      out.add("voice_contacts=" + contacts);
      out.add("email_contacts=" + emailContacts);
      out.add("email_handled=" + emailHandled);
      out.add("email_handled_per_hour=" + f(emailHandled / config.hours()));
      out.add("email_waiting_at_end=" + emailWaitingAtEnd);
    }
    if (!config.blending()
        && !config.abandonment()
        && config.answerDelaySeconds() == 0
        && config.agents() > config.arrivalsPerHour() * config.ahtSeconds() / 3600.0) {
      ErlangC model = ErlangC.of(config.agents(), config.arrivalsPerHour(), config.ahtSeconds());
      out.add("erlang_c_service_level=" + f(100 * model.serviceLevel(config.slSeconds())));
      out.add("erlang_c_asa_seconds=" + f(model.asaSeconds()));
    }
    out.add("simulated_hours=" + f(config.hours()));
    out.add("batches=" + batches);
    out.add("engine_commands=" + engineCommands);
    return out;
  }

  private static String f(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }
}
