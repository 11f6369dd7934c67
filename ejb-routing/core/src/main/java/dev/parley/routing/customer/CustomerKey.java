package dev.parley.routing.customer;

import dev.parley.routing.api.id.CustomerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical key of a customer identity as a channel gives it, so that the same address written
 * differently is one identity: an e-mail address in lower case, a phone number as its digits (with
 * the leading {@code +} if it had one), anything else (a visitor id) as given, trimmed. A display
 * form {@code Name <address>} is keyed by its address.
 */
public final class CustomerKey {
  /** Longest key stored (the column's size). */
  public static final int MAX_LENGTH = 200;

  private static final Pattern DISPLAY = Pattern.compile("^[^<>]*<([^<>]+)>\\s*$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]+$");
  private static final int MIN_PHONE_DIGITS = 5;

  private CustomerKey() {}

  /**
   * The key of {@code identity}.
   *
   * @throws IllegalArgumentException when it is blank or its key is longer than {@link #MAX_LENGTH}
   */
  public static String of(String identity) {
    if (identity == null || identity.isBlank()) {
      throw new IllegalArgumentException("customer identity must not be blank");
    }
    String s = identity.strip();
    Matcher display = DISPLAY.matcher(s);
    if (display.matches() && !display.group(1).isBlank()) {
      s = display.group(1).strip();
    }
    String key;
    if (s.indexOf('@') > 0) {
      key = s.toLowerCase(Locale.ROOT);
    } else if (PHONE.matcher(s).matches() && digits(s).length() >= MIN_PHONE_DIGITS) {
      key = (s.startsWith("+") ? "+" : "") + digits(s);
    } else {
      key = s;
    }
    if (key.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "customer identity longer than " + MAX_LENGTH + " characters");
    }
    return key;
  }

  private static String digits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * {@code own} and then the other keys of {@code customer} (one customer's linked identities,
   * which include {@code own} when it is linked), as the engine's sticky-agent keys.
   */
  public static List<CustomerId> ownFirst(String own, Collection<String> customer) {
    List<CustomerId> keys = new ArrayList<>(customer.size() + 1);
    keys.add(CustomerId.of(own));
    for (String k : customer) {
      if (!k.equals(own)) {
        keys.add(CustomerId.of(k));
      }
    }
    return keys;
  }
}
