package dev.parley.it.browser;

import dev.parley.it.support.Chromium;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Whether media reaches a browser of the call tests: waits, with a bound, until the inbound RTP
 * bytes of its open peer connections grow. A growth counts from 1000 bytes on, so that a stray
 * packet or two does not pass for media.
 */
final class MediaFlow {
  private static final long GROWTH = 1000;
  private static final Duration BOUND = Duration.ofSeconds(20);

  private MediaFlow() {}

  /** Waits until the page's inbound RTP bytes exceed {@code above}; answers them. */
  static long growing(ChromeDriver browser, long above, String what) {
    long[] seen = {0};
    new WebDriverWait(browser, BOUND)
        .withMessage(() -> what + ": inbound RTP bytes stayed at " + seen[0])
        .until(
            d -> {
              seen[0] = Chromium.inboundRtpBytes(browser);
              return seen[0] > above + GROWTH;
            });
    return seen[0];
  }

  /** Waits until the page's inbound RTP bytes grow from what they are now. */
  static void keepsGrowing(ChromeDriver browser, String what) {
    growing(browser, Chromium.inboundRtpBytes(browser), what);
  }

  /**
   * Waits until the page has exactly {@code connections} open peer connections and media grows on
   * every one of them (one connection per other party, peer to peer).
   */
  static void growingOnEach(ChromeDriver browser, int connections, String what) {
    List<Long> start = receiving(browser, connections, what);
    List<?>[] seen = {start};
    new WebDriverWait(browser, BOUND)
        .withMessage(
            () -> what + ": inbound RTP bytes per connection went from " + start + " to " + seen[0])
        .until(
            d -> {
              List<Long> now = Chromium.inboundRtpBytesPerConnection(browser);
              seen[0] = now;
              if (now.size() != connections) {
                return false;
              }
              for (int i = 0; i < connections; i++) {
                if (now.get(i) <= start.get(i) + GROWTH) {
                  return false;
                }
              }
              return true;
            });
  }

  /**
   * Waits until the page has {@code connections} open peer connections and media grows on the one
   * at {@code index} (in the order the page opened them).
   */
  static void growingOn(ChromeDriver browser, int index, int connections, String what) {
    List<Long> start = receiving(browser, connections, what);
    List<?>[] seen = {start};
    new WebDriverWait(browser, BOUND)
        .withMessage(
            () -> what + ": inbound RTP bytes per connection went from " + start + " to " + seen[0])
        .until(
            d -> {
              List<Long> now = Chromium.inboundRtpBytesPerConnection(browser);
              seen[0] = now;
              return now.size() == connections && now.get(index) > start.get(index) + GROWTH;
            });
  }

  /** Waits until exactly {@code connections} peer connections are open; answers their bytes. */
  private static List<Long> receiving(ChromeDriver browser, int connections, String what) {
    List<?>[] seen = {List.of()};
    return new WebDriverWait(browser, BOUND)
        .withMessage(
            () -> what + ": expected " + connections + " open connections, bytes " + seen[0])
        .until(
            d -> {
              List<Long> now = Chromium.inboundRtpBytesPerConnection(browser);
              seen[0] = now;
              return now.size() == connections ? now : null;
            });
  }
}
