package dev.parley.routing.api.id;

/** Identity of a customer, resolved by the channel layer (phone, e-mail, visitor id); not blank. */
public record CustomerId(String value) {
  public CustomerId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("customer id must not be blank");
    }
  }

  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
