package dev.parley.recording.internal.webm;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small synthetic WebM files for the cases the real samples lack: known sizes with Void and
 * CRC-32, BlockGroups with BlockDuration, laced blocks, DefaultDuration, another TimestampScale.
 * Block payloads are filler bytes; nothing here is decodable, and nothing needs to be.
 */
final class WebmBuilder {

  private final List<byte[]> levelOne = new ArrayList<>();
  private boolean segmentSizeKnown = true;
  private String docType = "webm";

  WebmBuilder liveSegment() {
    segmentSizeKnown = false;
    return this;
  }

  WebmBuilder docType(String docType) {
    this.docType = docType;
    return this;
  }

  WebmBuilder info(long timestampScale) {
    EbmlWriter info =
        new EbmlWriter()
            .unsigned(WebmIds.TIMESTAMP_SCALE, timestampScale)
            .binary(0x4D80, "parley-test".getBytes());
    return element(new EbmlWriter().master(WebmIds.INFO, info).toByteArray());
  }

  WebmBuilder tracks(EbmlWriter... entries) {
    EbmlWriter tracks = new EbmlWriter();
    for (EbmlWriter entry : entries) {
      tracks.master(WebmIds.TRACK_ENTRY, entry);
    }
    return element(new EbmlWriter().master(WebmIds.TRACKS, tracks).toByteArray());
  }

  static EbmlWriter track(int number, int type, String codec, long defaultDurationNanos) {
    EbmlWriter entry =
        new EbmlWriter()
            .unsigned(WebmIds.TRACK_NUMBER, number)
            .unsigned(WebmIds.TRACK_TYPE, type)
            .binary(WebmIds.CODEC_ID, codec.getBytes());
    return defaultDurationNanos > 0
        ? entry.unsigned(WebmIds.DEFAULT_DURATION, defaultDurationNanos)
        : entry;
  }

  /** A Cluster of known or unknown size: its Timestamp, then the given children. */
  WebmBuilder cluster(long timestamp, boolean sizeKnown, byte[]... children) {
    EbmlWriter content = new EbmlWriter().unsigned(WebmIds.TIMESTAMP, timestamp);
    for (byte[] child : children) {
      content.raw(child);
    }
    EbmlWriter cluster = new EbmlWriter().id(WebmIds.CLUSTER);
    if (sizeKnown) {
      cluster.size(content.length());
    } else {
      cluster.raw(new byte[] {(byte) 0xFF});
    }
    return element(cluster.raw(content.toByteArray()).toByteArray());
  }

  WebmBuilder element(byte[] element) {
    levelOne.add(element);
    return this;
  }

  static byte[] simpleBlock(int track, int relative, boolean keyframe) {
    return new EbmlWriter()
        .binary(WebmIds.SIMPLE_BLOCK, blockBody(track, relative, keyframe ? 0x80 : 0, 0))
        .toByteArray();
  }

  /** A SimpleBlock of {@code frames} frames in Xiph lacing (each frame 4 bytes). */
  static byte[] lacedBlock(int track, int relative, int frames) {
    return new EbmlWriter()
        .binary(WebmIds.SIMPLE_BLOCK, blockBody(track, relative, 0x80 | 0x02, frames))
        .toByteArray();
  }

  /** A BlockGroup; {@code duration} below 0 writes no BlockDuration. */
  static byte[] blockGroup(int track, int relative, long duration, boolean references) {
    EbmlWriter group = new EbmlWriter().binary(WebmIds.BLOCK, blockBody(track, relative, 0, 0));
    if (duration >= 0) {
      group.unsigned(WebmIds.BLOCK_DURATION, duration);
    }
    if (references) {
      group.binary(WebmIds.REFERENCE_BLOCK, new byte[] {(byte) 0xEC});
    }
    return new EbmlWriter().master(WebmIds.BLOCK_GROUP, group).toByteArray();
  }

  static byte[] voidElement(int dataLength) {
    return new EbmlWriter().binary(WebmIds.VOID, new byte[dataLength]).toByteArray();
  }

  static byte[] crc32() {
    return new EbmlWriter().binary(WebmIds.CRC_32, new byte[] {1, 2, 3, 4}).toByteArray();
  }

  static byte[] prevSize(long size) {
    return new EbmlWriter().unsigned(WebmIds.PREV_SIZE, size).toByteArray();
  }

  byte[] build() {
    ByteArrayOutputStream segment = new ByteArrayOutputStream();
    levelOne.forEach(segment::writeBytes);
    EbmlWriter header =
        new EbmlWriter()
            .unsigned(0x4286, 1)
            .unsigned(0x42F7, 1)
            .unsigned(0x42F2, 4)
            .unsigned(0x42F3, 8)
            .binary(WebmIds.DOC_TYPE, docType.getBytes())
            .unsigned(0x4287, 4)
            .unsigned(0x4285, 2);
    EbmlWriter file = new EbmlWriter().master(WebmIds.EBML, header).id(WebmIds.SEGMENT);
    if (segmentSizeKnown) {
      file.size(segment.size());
    } else {
      file.raw(new byte[] {1, -1, -1, -1, -1, -1, -1, -1});
    }
    return file.raw(segment.toByteArray()).toByteArray();
  }

  private static byte[] blockBody(int track, int relative, int flags, int frames) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(0x80 | track);
    body.write(relative >> 8);
    body.write(relative);
    body.write(flags);
    if (frames > 0) {
      body.write(frames - 1);
      for (int i = 0; i < frames - 1; i++) {
        body.write(4); // Xiph lace sizes of all frames but the last
      }
    }
    for (int frame = 0; frame < Math.max(1, frames); frame++) {
      body.writeBytes(new byte[] {(byte) relative, (byte) frame, 0x55, (byte) track});
    }
    return body.toByteArray();
  }
}
