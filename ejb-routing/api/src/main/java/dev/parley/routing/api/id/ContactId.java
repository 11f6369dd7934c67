package dev.parley.routing.api.id;

/** Identity of a contact (or of one consult segment of it); never blank. */
public final class ContactId extends TextId {
  public ContactId(String value) {
    super(value, "contact", false);
  }

  public static ContactId of(String value) {
    return new ContactId(value);
  }
}
