package dev.parley.media.spi;

import java.util.Objects;

/**
 * A finished recording file of a call, named relative to the {@link RecordingPlan}'s directory.
 *
 * @param party the party whose media it holds, or null for the whole call mixed
 * @param name the file's name relative to the recordings directory
 */
public record RecordedFile(String party, String name) {

  public RecordedFile {
    Objects.requireNonNull(name, "name");
  }

  public boolean composite() {
    return party == null;
  }
}
