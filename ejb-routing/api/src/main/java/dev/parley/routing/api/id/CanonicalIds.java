package dev.parley.routing.api.id;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One instance per id value for the few, long-lived ids the engine keys its maps by (queues,
 * agents). A map look-up then finds its key by reference ({@code HashMap} compares references
 * before calling {@code equals}), without reading the stored key object — a cache miss per look-up
 * in a center with thousands of queues. Equality does not depend on it: ids made otherwise still
 * compare by value.
 *
 * <p>Not routing state (it never changes what the engine decides), and bounded: ids come from
 * outside too (an intake naming an unknown queue), so beyond {@link #MAX} values new ids are simply
 * not cached.
 */
final class CanonicalIds<T> {
  /** Far above any real center's queues or agents. */
  static final int MAX = 100_000;

  private final ConcurrentHashMap<String, T> ids = new ConcurrentHashMap<>();
  private final Function<String, T> create;

  CanonicalIds(Function<String, T> create) {
    this.create = Objects.requireNonNull(create);
  }

  /** The id of {@code value}: the cached instance, or a new one ({@code create} validates). */
  T of(String value) {
    T id = value == null ? null : ids.get(value);
    if (id != null) {
      return id;
    }
    T created = create.apply(value);
    if (ids.size() >= MAX) {
      return created;
    }
    T raced = ids.putIfAbsent(value, created);
    return raced == null ? created : raced;
  }
}
