package dev.parley.routing.api.id;

/** A file attached to a conversation's message: random, not derived from its name. */
public final class AttachmentId extends TextId {
  public AttachmentId(String value) {
    super(value, "attachment", false);
  }

  public static AttachmentId of(String value) {
    return new AttachmentId(value);
  }
}
