package dev.parley.routing.api.id;

/**
 * An identity made of a non-blank text. Ids of different kinds never equal each other, even with
 * the same text. The few long-lived ids the engine keys its maps by (agents, queues) keep their
 * text interned and are made canonical by their {@code of} factory (see {@link CanonicalIds}), so a
 * map look-up finds them by reference; equality never depends on that.
 */
public abstract sealed class TextId
    permits AgentId,
        AttachmentId,
        ConnectionId,
        ContactId,
        CustomerId,
        QueueId,
        RecordingId,
        VisitorId {
  private final String value;

  TextId(String value, String kind, boolean intern) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(kind + " id must not be blank");
    }
    // One String per value for interned ids: equal ids then share it, and String.equals answers
    // at its first reference comparison instead of reading the characters.
    this.value = intern ? value.intern() : value;
  }

  /** The id's text. */
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object o) {
    return o == this
        || (o != null && o.getClass() == getClass() && ((TextId) o).value.equals(value));
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
