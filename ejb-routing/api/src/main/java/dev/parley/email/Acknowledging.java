package dev.parley.email;

import java.util.Optional;

/**
 * Composes the automatic acknowledgement of a message that began a thread, while the message is
 * being filed — so that it is queued in the filing's transaction, with it or not at all. Empty when
 * this message gets none (automatic mail, a no-reply sender, one of Parley's own addresses).
 */
@FunctionalInterface
public interface Acknowledging {

  /**
   * @param thread the thread the message began
   * @param afterHours whether the thread's queue is closed now
   * @param template the acknowledgement's settings (enabled)
   */
  Optional<NewOutbound> acknowledgement(
      EmailThread thread, boolean afterHours, Acknowledgement template);
}
