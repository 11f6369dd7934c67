package dev.parley.routing.api.id;

/** Identity of a contact (or of one consult segment of it); never blank. */
public record ContactId(String value) {
  public ContactId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("contact id must not be blank");
    }
  }

  public static ContactId of(String value) {
    return new ContactId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
