package dev.parley.channels.email.notice;

import static dev.parley.channels.email.out.ReplyComposer.oneLine;

import dev.parley.recording.RecordingView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of a voicemail notification to a queue's address: who called (name and number or
 * address, as far as known), the queue, when, how long the message is, and a link to where it plays
 * in Parley. The audio itself is never in the mail: recordings are played in Parley only, where
 * every listen is audited.
 */
final class VoicemailText {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.ENGLISH);

  private final ZoneId zone;
  private final String publicUrl;

  /** {@code publicUrl}: where users open Parley ({@code parley.public.url}), with a final slash. */
  VoicemailText(ZoneId zone, String publicUrl) {
    this.zone = zone;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
  }

  String subject(RecordingView v) {
    return "New voicemail in " + queue(v) + " from " + caller(v);
  }

  /** The body; {@code contact} is the VOICEMAIL contact the message became. */
  String text(RecordingView v, String contact) {
    String at = WHEN.format(v.startedAt().atZone(zone)) + " " + zoneName();
    return """
        A caller left a voicemail message in queue %s.

        Caller:   %s
        Queue:    %s
        Left at:  %s
        Duration: %s
        Contact:  %s

        Listen in Parley: %s

        The recording is not attached: it plays in Parley, where every listen is audited.
        -- \nSent automatically because this address is the queue's voicemail notification address.
        """
        .formatted(
            queue(v), caller(v), queue(v), at, duration(v.durationMillis()), contact, link(v));
  }

  /**
   * The supervisor's view of the call that left the message: its conversation and recordings, the
   * voicemail message among them.
   */
  String link(RecordingView v) {
    return publicUrl + "supervisor/conversations/" + encode(v.contact());
  }

  private static String caller(RecordingView v) {
    String name = blankToNull(v.customerName());
    String address = blankToNull(v.customerAddress());
    if (name != null && address != null && !name.equals(address)) {
      return oneLine(name) + " (" + oneLine(address) + ")";
    }
    return name != null ? oneLine(name) : address != null ? oneLine(address) : "an unknown caller";
  }

  private static String queue(RecordingView v) {
    return v.queue() == null ? "(no queue)" : oneLine(v.queue());
  }

  static String duration(long millis) {
    long seconds = Math.round(millis / 1000.0);
    return "%d:%02d".formatted(seconds / 60, seconds % 60);
  }

  private String zoneName() {
    return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
