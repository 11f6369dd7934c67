package dev.parley.routing.api.id;

/** Identity of a queue (its name); never blank; canonical through {@link #of}. */
public final class QueueId extends TextId {
  private static final CanonicalIds<QueueId> IDS = new CanonicalIds<>(QueueId::new);

  public QueueId(String value) {
    super(value, "queue", true);
  }

  /** The id of {@code value}; the same instance for the same value (see {@link CanonicalIds}). */
  public static QueueId of(String value) {
    return IDS.of(value);
  }
}
