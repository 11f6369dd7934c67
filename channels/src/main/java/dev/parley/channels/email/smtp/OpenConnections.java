package dev.parley.channels.email.smtp;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The connections open now over both listeners, in all and by client address. An address's entry
 * goes when its last connection closes, so the map holds only clients connected now.
 */
final class OpenConnections {

  private final int max;
  private final int maxPerAddress;
  private final AtomicInteger open = new AtomicInteger();
  private final Map<InetAddress, AtomicInteger> byAddress = new ConcurrentHashMap<>();

  OpenConnections(int max, int maxPerAddress) {
    this.max = max;
    this.maxPerAddress = maxPerAddress;
  }

  /**
   * Counts a new connection; every call must be matched by {@link #closed}, admitted or not.
   *
   * @return whether the connection is within both limits
   */
  boolean opened(InetAddress client) {
    int all = open.incrementAndGet();
    int fromClient = byAddress.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet();
    return all <= max && fromClient <= maxPerAddress;
  }

  void closed(InetAddress client) {
    open.decrementAndGet();
    byAddress.computeIfPresent(client, (c, n) -> n.decrementAndGet() <= 0 ? null : n);
  }

  int open() {
    return open.get();
  }
}
