package dev.parley.media.kurento;

import java.net.URI;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.kurento.client.MediaPipeline;
import org.kurento.client.PlayerEndpoint;

/**
 * What a waiting or held customer hears, played by KMS: the greeting once per call, then the hold
 * music in a loop (stopped and played again at each end of stream). Each recording has its own
 * {@link PlayerEndpoint}, made when first needed and released with the pipeline; a greeting cut
 * short (an agent took the call) is not played again.
 *
 * <p>Not thread-safe: called under the call's lock; end-of-stream events arrive on the Kurento
 * client's threads and go to {@code ended}, which the call routes back here under its lock.
 */
final class HoldMusic {

  private static final Logger LOG = Logger.getLogger(HoldMusic.class.getName());

  private final MediaPipeline pipeline;
  private final KurentoSettings settings;
  private final Consumer<PlayerEndpoint> ended;
  private PlayerEndpoint greeting;
  private PlayerEndpoint hold;
  private boolean greeted;
  private boolean playing;

  HoldMusic(MediaPipeline pipeline, KurentoSettings settings, Consumer<PlayerEndpoint> ended) {
    this.pipeline = pipeline;
    this.settings = settings;
    this.ended = ended;
  }

  /** Starts the music (again). */
  void play() {
    if (greeted) {
      hold = hold == null ? player(settings.holdMusic()) : hold;
    } else {
      greeting = greeting == null ? player(settings.greeting()) : greeting;
    }
    playing = true;
    current().play();
  }

  /**
   * Stops the music; a greeting that was playing counts as heard, the hold music starts from its
   * beginning at the next hold. Stopped, not paused: KMS 7.3.0 cannot resume a paused player (its
   * stream stops with an error and it plays nothing again).
   */
  void pause() {
    if (!playing) {
      return;
    }
    current().stop();
    playing = false;
    greeted = true;
  }

  /** The player the customer hears now, or null while the music is off. */
  PlayerEndpoint current() {
    if (!playing) {
      return null;
    }
    return greeted ? hold : greeting;
  }

  /**
   * {@code player} reached its end: the greeting gives way to the hold music, the hold music starts
   * again. Answers whether the player the customer hears changed.
   */
  boolean endOfStream(PlayerEndpoint player) {
    if (!playing) {
      return false;
    }
    if (!greeted && same(player, greeting)) {
      greeted = true;
      hold = hold == null ? player(settings.holdMusic()) : hold;
      hold.play();
      return true;
    }
    if (greeted && same(player, hold)) {
      hold.stop();
      hold.play();
    }
    return false;
  }

  /** Whether an element of the call is one of the music players. */
  boolean owns(String elementId) {
    return (greeting != null && greeting.getId().equals(elementId))
        || (hold != null && hold.getId().equals(elementId));
  }

  private PlayerEndpoint player(URI uri) {
    PlayerEndpoint player = new PlayerEndpoint.Builder(pipeline, uri.toString()).build();
    player.addEndOfStreamListener(event -> ended.accept(player));
    player.addErrorListener(
        event ->
            LOG.warning(
                () ->
                    "Kurento cannot play "
                        + uri
                        + " to a waiting customer: "
                        + event.getDescription()));
    return player;
  }

  private static boolean same(PlayerEndpoint a, PlayerEndpoint b) {
    return a != null && b != null && a.getId().equals(b.getId());
  }
}
