package dev.parley.routing.api.id;

/** A recording of a call or a voicemail: random, unguessable, safe as a file name. */
public final class RecordingId extends TextId {
  public RecordingId(String value) {
    super(value, "recording", false);
    if (!value.matches("[a-z0-9-]{8,64}")) {
      throw new IllegalArgumentException("not a recording id: " + value);
    }
  }

  public static RecordingId of(String value) {
    return new RecordingId(value);
  }
}
