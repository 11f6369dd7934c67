package dev.parley.web.agent.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reasons an agent may give for a break, in the order the workstation shows them: the setting
 * {@code parley.agent.break-reasons} (environment {@code PARLEY_AGENT_BREAK_REASONS}), a
 * comma-separated list. Checked when the application starts, so a bad list stops the deployment
 * with a message naming the setting instead of failing an agent's request later.
 */
@ApplicationScoped
public class BreakReasons {

  static final String SETTING = "parley.agent.break-reasons";

  /** The stored presence row holds at most this many characters of a reason. */
  static final int MAX_LENGTH = 64;

  @Inject
  @ConfigProperty(name = SETTING, defaultValue = "Lunch,Training,Meeting,Personal")
  List<String> configured;

  private List<String> reasons;

  @PostConstruct
  void check() {
    reasons = checked(configured);
  }

  /** Creates the bean (and so checks the setting) as soon as the application starts. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    reasons();
  }

  public List<String> reasons() {
    return reasons;
  }

  /**
   * The reasons as given, trimmed; at least one, none blank, longer than {@value #MAX_LENGTH}
   * characters or repeated (ignoring case).
   *
   * @throws IllegalStateException naming the setting and what is wrong
   */
  static List<String> checked(List<String> given) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String reason : given == null ? List.<String>of() : given) {
      String r = reason == null ? "" : reason.strip();
      if (r.isEmpty()) {
        continue; // "Lunch,,Training" or a trailing comma: nothing meant
      }
      if (r.length() > MAX_LENGTH) {
        throw invalid("'" + r + "' is longer than " + MAX_LENGTH + " characters");
      }
      if (!seen.add(r.toLowerCase(Locale.ROOT))) {
        throw invalid("'" + r + "' is listed twice");
      }
      out.add(r);
    }
    if (out.isEmpty()) {
      throw invalid("at least one reason is needed");
    }
    return List.copyOf(out);
  }

  private static IllegalStateException invalid(String what) {
    return new IllegalStateException(
        "setting " + SETTING + " (environment PARLEY_AGENT_BREAK_REASONS): " + what);
  }
}
