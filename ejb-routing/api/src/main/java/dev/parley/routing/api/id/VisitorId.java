package dev.parley.routing.api.id;

/**
 * A website visitor: a random id (128 bits) that only ever travels inside a signed visitor token,
 * never guessable and never taken from the client as such. Its customer identity is {@link
 * #customer()}.
 */
public final class VisitorId extends TextId {
  private static final String CUSTOMER_PREFIX = "visitor:";

  public VisitorId(String value) {
    super(value, "visitor", false);
  }

  public static VisitorId of(String value) {
    return new VisitorId(value);
  }

  /** The customer identity routing and the customer history know this visitor by. */
  public CustomerId customer() {
    return CustomerId.of(CUSTOMER_PREFIX + value());
  }
}
