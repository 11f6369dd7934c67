package dev.parley.routing.api;

import java.time.Instant;
import java.util.List;

/**
 * A contact with why routing did what it did ({@code explanation}: decisions of the running engine,
 * empty for decisions made before the last restart) and its stored history.
 */
public record ContactDetail(
    ContactView contact, List<DecisionView> explanation, List<HistoryEntry> history) {

  /** One routing decision: rule, relaxation step, chosen agent, agents passed over and why. */
  public record DecisionView(
      Instant at,
      String rule,
      String detail,
      int relaxationStep,
      String chosenAgent,
      List<PassedOver> passedOver) {}

  /** An agent considered and not chosen. */
  public record PassedOver(String agent, String reason, String detail) {}

  /** One stored event of the contact's history. */
  public record HistoryEntry(
      Instant at, String kind, String fromState, String toState, String agent, String detail) {}
}
