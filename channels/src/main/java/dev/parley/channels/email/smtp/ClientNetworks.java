package dev.parley.channels.email.smtp;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The networks mail may come from, in CIDR ({@code 10.0.0.0/8}, {@code 2001:db8::/32}); an address
 * without a prefix is one host. IPv4 and IPv6 are kept apart: an IPv4-mapped IPv6 address is
 * matched as the IPv4 address it carries, which is how Java reports it on a dual-stack socket.
 */
final class ClientNetworks {

  private record Network(byte[] base, int prefix) {
    boolean contains(byte[] address) {
      if (address.length != base.length) {
        return false;
      }
      int whole = prefix / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != base[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest) & 0xff;
      return (address[whole] & mask) == (base[whole] & mask);
    }
  }

  private final List<Network> networks;

  private ClientNetworks(List<Network> networks) {
    this.networks = networks;
  }

  /** Parses CIDR networks; a bad one fails naming the setting {@code parley.email.relays}. */
  static ClientNetworks parse(List<String> cidrs) {
    return new ClientNetworks(cidrs.stream().map(ClientNetworks::network).toList());
  }

  boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    return networks.stream().anyMatch(n -> n.contains(bytes));
  }

  private static Network network(String cidr) {
    String text = cidr.strip();
    int slash = text.indexOf('/');
    String host = slash < 0 ? text : text.substring(0, slash);
    // Only literal addresses: a host name here would mean a DNS lookup at every start.
    if (!host.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
      throw invalid(cidr);
    }
    byte[] base;
    try {
      base = InetAddress.getByName(host).getAddress();
    } catch (UnknownHostException e) {
      throw invalid(cidr);
    }
    int prefix;
    try {
      prefix = slash < 0 ? base.length * 8 : Integer.parseInt(text.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw invalid(cidr);
    }
    if (prefix < 0 || prefix > base.length * 8) {
      throw invalid(cidr);
    }
    return new Network(base, prefix);
  }

  private static IllegalArgumentException invalid(String cidr) {
    return new IllegalArgumentException(
        "setting parley.email.relays is invalid: " + cidr + " is not a network in CIDR notation");
  }
}
