package dev.parley.routing.queue;

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

  public static QueueId of(String value) {
    return new QueueId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
