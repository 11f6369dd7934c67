package dev.parley.recording.internal.webm;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes a browser's WebM recording seekable, and reads what a WebM holds.
 *
 * <p>{@link #rewrite} reads the input twice and never holds more of it than a buffer and an index
 * of its Clusters: first to index it ({@link WebmIndexer}), then to copy it ({@link
 * SeekableWebmWriter}). The output holds the input's EBML header, a Segment of known size with a
 * SeekHead, Info with a Duration, the input's Tracks, Cues, and every complete Cluster with a known
 * size and its blocks as they were; nothing is decoded. Tags, Chapters, Attachments, old Cues and
 * old SeekHeads are not copied (a browser recording has none of the first three; the last two are
 * rebuilt). Whatever the input, the output is checked by probing it before this returns; on any
 * failure it is deleted.
 *
 * <p>Duration: the last block's end less the first block's timestamp, where a block without
 * BlockDuration is taken to last as long as its track's DefaultDuration, else as long as the gap
 * between the track's last two blocks (see {@link Timeline}). MediaRecorder starts its timestamps
 * at 0 and, when paused, resumes them where they stopped (Chromium's timestamps skip the pause), so
 * the duration is the recorded media's length, not the wall-clock time.
 *
 * <p>Tolerated: a Segment and Clusters of unknown size, known sizes, Void and CRC-32, SimpleBlocks
 * and BlockGroups, an input that is already seekable, and an input cut short anywhere (its
 * incomplete tail is dropped and reported). Rejected with {@link MalformedWebmException}: not EBML,
 * not WebM, no Tracks, no complete Cluster.
 */
public final class SeekableWebm {

  private final int bufferSize;

  public SeekableWebm() {
    this(EbmlReader.DEFAULT_BUFFER_SIZE);
  }

  /** A reader buffer this small splits elements across refills, which tests rely on. */
  SeekableWebm(int bufferSize) {
    this.bufferSize = bufferSize;
  }

  /** What {@code file} holds, read without changing it: tracks, duration, Cues and layout. */
  public WebmSummary probe(Path file) throws IOException {
    try (EbmlReader reader = open(file)) {
      return WebmSummary.of(WebmIndexer.index(reader));
    }
  }

  /**
   * Writes a seekable copy of {@code in} to {@code out} (a temporary path the caller moves into
   * place; replaced if it exists) and says what it wrote and what of the input was dropped.
   */
  public WebmSummary rewrite(Path in, Path out) throws IOException {
    if (Files.exists(out) && Files.isSameFile(in, out)) {
      throw new IllegalArgumentException("cannot rewrite a WebM onto itself: " + in);
    }
    try (EbmlReader reader = open(in)) {
      WebmIndex index = WebmIndexer.index(reader);
      try (FileChannel channel = FileChannel.open(in, StandardOpenOption.READ)) {
        SeekableWebmWriter writer = new SeekableWebmWriter(channel);
        SeekableLayout layout = SeekableLayout.plan(index, writer.infoContent(index));
        try {
          writer.write(index, layout, out);
          return checked(probe(out), index, layout);
        } catch (IOException | RuntimeException e) {
          Files.deleteIfExists(out);
          throw e;
        }
      }
    }
  }

  /** The written file's summary, with the input's truncation, once it proved to be as planned. */
  private static WebmSummary checked(WebmSummary written, WebmIndex index, SeekableLayout layout) {
    WebmSummary input = WebmSummary.of(index);
    boolean asPlanned =
        written.bytes() == layout.totalLength()
            && written.clusters() == index.clusters().size()
            && written.cuePoints() == layout.cuePoints()
            && written.seekable() == (layout.cuePoints() > 0)
            && written.durationMillis() == input.durationMillis()
            && written.declaredDurationMillis().isPresent()
            && !written.truncated();
    if (!asPlanned) {
      throw new IllegalStateException("the rewritten WebM is not as planned: " + written);
    }
    return new WebmSummary(
        written.durationMillis(),
        written.declaredDurationMillis(),
        written.hasAudio(),
        written.hasVideo(),
        written.codecs(),
        written.clusters(),
        written.cuePoints(),
        written.bytes(),
        written.seekable(),
        input.truncated(),
        input.droppedBytes());
  }

  private EbmlReader open(Path file) throws IOException {
    return new EbmlReader(FileChannel.open(file, StandardOpenOption.READ), bufferSize);
  }
}
