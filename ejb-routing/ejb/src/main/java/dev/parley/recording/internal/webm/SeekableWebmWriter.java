package dev.parley.recording.internal.webm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The second pass: writes the planned output, copying the EBML header, Tracks and each Cluster's
 * children from the input with {@link FileChannel#transferTo} (no copy through the heap, and no
 * decoding) and writing the SeekHead, Info, Cues and the Segment's and Clusters' headers it built.
 */
final class SeekableWebmWriter {

  /** Info's children hold a title and app names; anything larger is no recording's Info. */
  private static final long MAX_INFO_LENGTH = 64 * 1024;

  private final FileChannel in;

  SeekableWebmWriter(FileChannel in) {
    this.in = in;
  }

  /** Info's data: TimestampScale, the input's other Info children, and the Duration. */
  byte[] infoContent(WebmIndex index) throws IOException {
    long length = index.infoChildren().stream().mapToLong(ByteRange::length).sum();
    if (length > MAX_INFO_LENGTH) {
      throw new MalformedWebmException("an Info element of " + length + " bytes");
    }
    EbmlWriter info = new EbmlWriter().unsigned(WebmIds.TIMESTAMP_SCALE, index.timestampScale());
    for (ByteRange child : index.infoChildren()) {
      info.raw(read(child));
    }
    // Duration is the end of the Segment's timeline, which starts at timestamp 0. The
    // specification wants it above 0; a single frame of unknown length gets one tick
    double duration = Math.max(index.endTimestamp(), 1);
    return info.floating(WebmIds.DURATION, duration).toByteArray();
  }

  void write(WebmIndex index, SeekableLayout layout, Path out) throws IOException {
    try (FileChannel channel =
        FileChannel.open(
            out,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      copy(index.ebmlHeader(), channel);
      write(layout.segmentHeader(), channel);
      write(layout.seekHead(), channel);
      write(layout.info(), channel);
      copy(index.tracksElement(), channel);
      write(layout.cues(), channel);
      List<ClusterEntry> clusters = index.clusters();
      for (int i = 0; i < clusters.size(); i++) {
        write(layout.clusterHeaders().get(i), channel);
        for (ByteRange range : clusters.get(i).ranges()) {
          copy(range, channel);
        }
      }
      if (channel.size() != layout.totalLength()) {
        throw new IllegalStateException(
            "wrote " + channel.size() + " bytes where " + layout.totalLength() + " were planned");
      }
      channel.force(true);
    }
  }

  private byte[] read(ByteRange range) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) range.length());
    while (buffer.hasRemaining()) {
      if (in.read(buffer, range.start() + buffer.position()) < 0) {
        throw new IOException("the input shrank while it was rewritten");
      }
    }
    return buffer.array();
  }

  private void copy(ByteRange range, FileChannel out) throws IOException {
    long done = 0;
    while (done < range.length()) {
      long copied = in.transferTo(range.start() + done, range.length() - done, out);
      if (copied <= 0) {
        throw new IOException("the input shrank while it was rewritten");
      }
      done += copied;
    }
  }

  private static void write(byte[] bytes, FileChannel out) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }
}
