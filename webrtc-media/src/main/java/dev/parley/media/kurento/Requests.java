package dev.parley.media.kurento;

import dev.parley.media.spi.MediaUnavailableException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kurento.commons.exception.KurentoException;

/**
 * How requests to Kurento fail towards Parley: a failure to set up or change media becomes a {@link
 * MediaUnavailableException} naming what could not be done; a failure to release is logged, since
 * the party or call is gone either way. The Kurento client reports errors of KMS and of the
 * connection as {@link KurentoException}, and a request on a closed connection as {@link
 * IllegalStateException}.
 */
final class Requests {

  private static final Logger LOG = Logger.getLogger(Requests.class.getName());

  private Requests() {}

  static void run(String what, Runnable action) {
    run(
        what,
        () -> {
          action.run();
          return null;
        });
  }

  static <T> T run(String what, Supplier<T> action) {
    try {
      return action.get();
    } catch (KurentoException | IllegalStateException e) {
      throw new MediaUnavailableException("Kurento could not " + what + ": " + e.getMessage(), e);
    }
  }

  static void bestEffort(String what, Runnable action) {
    try {
      action.run();
    } catch (KurentoException | IllegalStateException e) {
      LOG.log(Level.WARNING, "Kurento could not " + what + ": " + e.getMessage(), e);
    }
  }
}
