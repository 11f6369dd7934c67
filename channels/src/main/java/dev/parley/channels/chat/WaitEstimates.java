package dev.parley.channels.chat;

import dev.parley.routing.api.id.QueueId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Estimated wait of a waiting chat from how fast its queue has been taking chats lately: the last
 * {@link #SAMPLES} acceptances give a rate, and position / rate is the estimate. No estimate (null)
 * before two acceptances, or when the last one is older than {@link #STALE_MILLIS} (nobody has been
 * answering: any number would be a guess).
 */
@ApplicationScoped
public class WaitEstimates {
  static final int SAMPLES = 20;
  static final long STALE_MILLIS = 15 * 60_000L;

  private final Map<QueueId, Deque<Long>> accepted = new ConcurrentHashMap<>();
  private Clock clock = Clock.systemUTC();

  WaitEstimates() {}

  WaitEstimates(Clock clock) {
    this.clock = clock;
  }

  /** A chat of {@code queue} was accepted now. */
  public void accepted(QueueId queue) {
    Deque<Long> times = accepted.computeIfAbsent(queue, q -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(clock.millis());
      while (times.size() > SAMPLES) {
        times.removeFirst();
      }
    }
  }

  /** Seconds until a chat at {@code position} (1 = next) of {@code queue} is likely taken. */
  public Integer estimate(QueueId queue, int position) {
    Deque<Long> times = accepted.get(queue);
    if (times == null) {
      return null;
    }
    long first;
    long last;
    int n;
    synchronized (times) {
      n = times.size();
      if (n < 2) {
        return null;
      }
      first = times.getFirst();
      last = times.getLast();
    }
    if (clock.millis() - last > STALE_MILLIS || last == first) {
      return null;
    }
    double perSecond = (n - 1) / ((last - first) / 1000.0);
    return (int) Math.ceil(position / perSecond);
  }
}
