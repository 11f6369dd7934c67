package dev.parley.recording.internal.webm;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexes one Cluster: reads each child's header, the first bytes of each block (track, timestamp,
 * flags) and a BlockGroup's BlockDuration, and skips the payloads. A Cluster of unknown size ends
 * at the first element that cannot be its child, which the reader is left at for the Segment to
 * read. A Cluster cut short by the end of the file keeps its complete children; the incomplete one
 * is left out.
 */
final class ClusterIndexer {

  private static final int KEYFRAME_FLAG = 0x80;
  private static final int LACING_BITS = 0x06;

  /** What indexing a Cluster found; {@code entry} is null when the Cluster holds no block. */
  record Result(ClusterEntry entry, long completeEnd, boolean cut) {}

  private final EbmlReader reader;
  private final Timeline timeline;

  ClusterIndexer(EbmlReader reader, Timeline timeline) {
    this.reader = reader;
    this.timeline = timeline;
  }

  /**
   * Indexes the Cluster whose header was just read; {@code parentEnd} is where the Segment's data
   * ends in the file. {@code cut} says the Cluster ends inside a child or before its declared end.
   */
  Result index(ElementHeader cluster, long parentEnd) throws IOException {
    long limit = parentEnd;
    if (cluster.sizeKnown()) {
      limit = Math.min(limit, cluster.end());
    }
    boolean cut = cluster.sizeKnown() && cluster.end() > parentEnd;
    long timestamp = -1;
    List<ByteRange> ranges = new ArrayList<>();
    List<Keyframe> keyframes = new ArrayList<>();
    long contentLength = 0;
    int blocks = 0;
    long completeEnd = cluster.dataStart();
    reader.seek(completeEnd);
    while (reader.position() < limit) {
      ElementHeader child;
      try {
        child = reader.readHeader();
      } catch (EOFException | MalformedWebmException e) {
        cut = true;
        break;
      }
      if (!cluster.sizeKnown() && !WebmIds.isClusterChild(child.id())) {
        reader.seek(child.position());
        break;
      }
      if (!child.sizeKnown() || child.end() > limit) {
        cut = true;
        break;
      }
      int id = child.id();
      if (id == WebmIds.TIMESTAMP) {
        timestamp = reader.readUnsigned(child.size());
      } else if (id == WebmIds.SIMPLE_BLOCK || id == WebmIds.BLOCK_GROUP) {
        if (timestamp < 0) {
          throw new MalformedWebmException(
              "the Cluster at byte " + cluster.position() + " has a block before its Timestamp");
        }
        BlockInfo block = readBlock(child);
        long time = timestamp + block.relativeTimestamp();
        timeline.block(block.track(), time, block.duration(), block.frames());
        if (block.keyframe() && keyframes.stream().noneMatch(k -> k.track() == block.track())) {
          keyframes.add(new Keyframe(block.track(), time, contentLength));
        }
        blocks++;
      }
      if (isCopied(id)) {
        addRange(ranges, child.position(), child.end());
        contentLength += child.end() - child.position();
      }
      completeEnd = child.end();
      reader.seek(completeEnd);
    }
    ClusterEntry entry =
        blocks == 0 ? null : new ClusterEntry(timestamp, ranges, contentLength, keyframes);
    return new Result(entry, completeEnd, cut);
  }

  /**
   * CRC-32 would no longer match a Cluster missing its incomplete tail or its Void; PrevSize and
   * Position name sizes and places of the input, not the output; Void only pads. All are optional,
   * so they are left out.
   */
  private static boolean isCopied(int id) {
    return id != WebmIds.CRC_32
        && id != WebmIds.VOID
        && id != WebmIds.PREV_SIZE
        && id != WebmIds.POSITION;
  }

  private static void addRange(List<ByteRange> ranges, long start, long end) {
    int last = ranges.size() - 1;
    if (last >= 0 && ranges.get(last).end() == start) {
      ranges.set(last, new ByteRange(ranges.get(last).start(), end));
    } else {
      ranges.add(new ByteRange(start, end));
    }
  }

  private record BlockInfo(
      long track, int relativeTimestamp, boolean keyframe, long duration, int frames) {}

  /** Reads a complete SimpleBlock or BlockGroup; bytes that do not fit its size are malformed. */
  private BlockInfo readBlock(ElementHeader element) throws IOException {
    try {
      return element.id() == WebmIds.SIMPLE_BLOCK
          ? readBlockHeader(element)
          : readBlockGroup(element);
    } catch (EOFException e) {
      throw new MalformedWebmException("a block overruns the file: " + element.describe());
    }
  }

  /** A BlockGroup's Block is a keyframe when the group references no other block. */
  private BlockInfo readBlockGroup(ElementHeader group) throws IOException {
    BlockInfo block = null;
    long duration = -1;
    boolean references = false;
    while (reader.position() < group.end()) {
      ElementHeader child = reader.readHeader();
      if (!child.sizeKnown() || child.end() > group.end()) {
        throw new MalformedWebmException("a BlockGroup's child overruns it: " + child.describe());
      }
      if (child.id() == WebmIds.BLOCK) {
        block = readBlockHeader(child);
      } else if (child.id() == WebmIds.BLOCK_DURATION) {
        duration = reader.readUnsigned(child.size());
      } else if (child.id() == WebmIds.REFERENCE_BLOCK) {
        references = true;
      }
      reader.seek(child.end());
    }
    if (block == null) {
      throw new MalformedWebmException(
          "the BlockGroup at byte " + group.position() + " has no Block");
    }
    return new BlockInfo(
        block.track(), block.relativeTimestamp(), !references, duration, block.frames());
  }

  /**
   * A block starts with its track number (a variable-length integer), a signed 16-bit timestamp
   * relative to the Cluster's and a flags byte; a laced block then gives its frame count less one.
   */
  private BlockInfo readBlockHeader(ElementHeader block) throws IOException {
    long track = reader.readVint();
    int relative = (short) ((reader.readByte() << 8) | reader.readByte());
    int flags = reader.readByte();
    int frames = (flags & LACING_BITS) == 0 ? 1 : reader.readByte() + 1;
    if (track == ElementHeader.UNKNOWN_SIZE || reader.position() > block.end()) {
      throw new MalformedWebmException("a block too short for its header: " + block.describe());
    }
    return new BlockInfo(track, relative, (flags & KEYFRAME_FLAG) != 0, -1, frames);
  }
}
