package dev.parley.channels.email.mime;

import java.util.Objects;

/**
 * One mailbox of an address header: {@code address} as written (never blank), {@code name} the
 * decoded display name or null. Neither contains CR, LF or NUL.
 */
public record MailAddress(String address, String name) {

  public MailAddress {
    Objects.requireNonNull(address, "address");
    if (address.isBlank()) {
      throw new IllegalArgumentException("address is blank");
    }
  }

  @Override
  public String toString() {
    return name == null ? address : name + " <" + address + ">";
  }
}
