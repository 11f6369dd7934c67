package dev.parley.recording.internal.webm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The recordings in {@code src/test/resources/webm} (see the README there) and what ffprobe says of
 * them: {@code expectedMillis} is the end of their last packet (pts plus duration), which ffprobe
 * reports though it shows the live ones' duration as N/A.
 */
enum WebmSample {
  CHROMIUM_VP8_OPUS("chromium-vp8-opus.webm", 3974, List.of("V_VP8", "A_OPUS"), true),
  CHROMIUM_VP9_OPUS("chromium-vp9-opus.webm", 3005, List.of("A_OPUS", "V_VP9"), true),
  CHROMIUM_OPUS("chromium-opus.webm", 3960, List.of("A_OPUS"), true),
  /** 1.5 s recorded, 2 s paused, 1.5 s recorded: Chromium's timestamps skip the pause. */
  CHROMIUM_VP8_OPUS_PAUSED("chromium-vp8-opus-paused.webm", 3001, List.of("V_VP8", "A_OPUS"), true),
  FFMPEG_OPUS_LIVE("ffmpeg-opus-live.webm", 3014, List.of("A_OPUS"), true),
  FFMPEG_VP8_LIVE("ffmpeg-vp8-live.webm", 3000, List.of("V_VP8"), true),
  FFMPEG_VP8_OPUS_SEEKABLE(
      "ffmpeg-vp8-opus-seekable.webm", 3014, List.of("V_VP8", "A_OPUS"), false);

  final String fileName;
  final long expectedMillis;
  final List<String> codecs;
  final boolean live;

  WebmSample(String fileName, long expectedMillis, List<String> codecs, boolean live) {
    this.fileName = fileName;
    this.expectedMillis = expectedMillis;
    this.codecs = codecs;
    this.live = live;
  }

  boolean hasVideo() {
    return codecs.stream().anyMatch(c -> c.startsWith("V_"));
  }

  boolean hasAudio() {
    return codecs.stream().anyMatch(c -> c.startsWith("A_"));
  }

  byte[] bytes() {
    try (InputStream in = WebmSample.class.getResourceAsStream("/webm/" + fileName)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource webm/" + fileName);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path copyTo(Path directory) {
    try {
      return Files.write(directory.resolve(fileName), bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
