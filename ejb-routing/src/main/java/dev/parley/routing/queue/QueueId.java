package dev.parley.routing.queue;

/** Identity of a queue; never blank. */
public record QueueId(String value) {
  public QueueId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("queue id must not be blank");
    }
  }

  public static QueueId of(String value) {
    return new QueueId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
