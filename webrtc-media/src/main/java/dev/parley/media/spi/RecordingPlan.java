package dev.parley.media.spi;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a call's server-side recording goes: one file of the whole call mixed ({@link
 * #compositeFile()}) and one per party ({@link #partyFile(String)}), WEBM, audio only for a voice
 * call. Names are relative to {@code directory}, Parley's recordings directory; a media server on
 * another host writes to the same files through its own mount of it (the Kurento settings say how
 * it sees the directory).
 *
 * @param directory Parley's recordings directory (absolute)
 * @param baseName unique per recording, safe as a file name (letters, digits, '-', '/')
 * @param video whether the call has video (else the audio-only profile)
 */
public record RecordingPlan(Path directory, String baseName, boolean video) {

  public RecordingPlan {
    Objects.requireNonNull(directory, "directory");
    if (!directory.isAbsolute()) {
      throw new IllegalArgumentException("the recordings directory must be absolute: " + directory);
    }
    if (baseName == null || !baseName.matches("[A-Za-z0-9/-]+") || baseName.contains("..")) {
      throw new IllegalArgumentException("not a safe recording name: " + baseName);
    }
  }

  /** The whole call, every talking party mixed. */
  public String compositeFile() {
    return baseName + ".webm";
  }

  /** What one party sent ({@code partyId} as in {@code Party.id()}). */
  public String partyFile(String partyId) {
    return partyFile(partyId, 1);
  }

  /**
   * The {@code part}-th file of one party, from 1 ({@link #partyFile(String)}): a party recorded
   * again after a pause in its presence (an expert who left and came back, a supervisor who barges
   * a second time) gets a new file instead of overwriting the first. The party id's characters
   * other than letters, digits and '-' become '_', so no part's name is another party's.
   */
  public String partyFile(String partyId, int part) {
    if (part < 1) {
      throw new IllegalArgumentException("recording parts count from 1, was " + part);
    }
    String party = baseName + "." + partyId.replaceAll("[^A-Za-z0-9-]", "_");
    return part == 1 ? party + ".webm" : party + "." + part + ".webm";
  }
}
