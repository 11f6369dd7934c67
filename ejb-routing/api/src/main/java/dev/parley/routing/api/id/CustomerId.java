package dev.parley.routing.api.id;

/** Identity of a customer, resolved by the channel layer (phone, e-mail, visitor id); not blank. */
public final class CustomerId extends TextId {
  public CustomerId(String value) {
    super(value, "customer", false);
  }

  public static CustomerId of(String value) {
    return new CustomerId(value);
  }
}
