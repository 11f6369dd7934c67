package dev.parley.routing.api.id;


/** Identity of a queue; never blank. */
public record QueueId(String value) {
  public QueueId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("queue id must not be blank");
    }
    // One String per id value: the engine's maps then compare ids by reference instead of by
    // content (a cache miss per look-up in large centers). Ids are few and long-lived.
    value = value.intern();
  }

  private static final CanonicalIds<QueueId> IDS = new CanonicalIds<>(QueueId::new);

  /** The id of {@code value}; the same instance for the same value (see {@link CanonicalIds}). */
  public static QueueId of(String value) {
    return IDS.of(value);
  }

  /**
   * Equal ids share one interned String, so comparing references is comparing values (and a
   * map look-up then never reads the characters; the generated record equality is slower here).
   */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof QueueId other && other.value == value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
