package dev.parley.routing.core;

/**
 * A decision as the log keeps it: the values it was made from, captured when it was made, and
 * rendered into a {@link Decision} (with its sentences for people) only when someone asks for an
 * explanation. Routing makes decisions far more often than anyone reads them, and building their
 * strings on the hot path cost more than the matching itself.
 *
 * <p>Implementations must capture immutable values only, so rendering later gives exactly the
 * decision that would have been built at the time.
 */
@FunctionalInterface
interface DecisionRecord {
  Decision render();

  /** A decision that was built eagerly (cold paths). */
  static DecisionRecord of(Decision d) {
    return () -> d;
  }
}
