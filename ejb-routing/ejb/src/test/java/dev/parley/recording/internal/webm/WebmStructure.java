package dev.parley.recording.internal.webm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tests' own reading of a whole WebM held in memory, written apart from the code under test
 * (and simpler: no streaming, no tolerance of truncation) so the two check each other. It reads
 * unknown sizes, as inputs have them, and fails on anything incomplete or overrunning.
 */
final class WebmStructure {

  /** A SimpleBlock or BlockGroup: where its element lies and a hash of its bytes. */
  record Block(long track, long timestamp, boolean keyframe, int position, int end, int hash) {}

  record Cue(long time, long track, long clusterPosition, long relativePosition) {}

  /** A Cluster: its element's position in the Segment's data and where its data starts. */
  record Cluster(long segmentPosition, int dataStart, boolean sizeKnown) {}

  private static final Set<Integer> CLUSTER_CHILDREN =
      Set.of(0xE7, 0xA3, 0xA0, 0xEC, 0xBF, 0xAB, 0xA7, 0x5854, 0xAF);

  final List<Integer> levelOneIds = new ArrayList<>();
  final Map<Integer, Long> seekEntries = new LinkedHashMap<>();
  final Map<Long, Integer> levelOneAt = new LinkedHashMap<>();
  final List<Block> blocks = new ArrayList<>();
  final List<Cue> cues = new ArrayList<>();
  final List<Cluster> clusters = new ArrayList<>();

  /**
   * Where each complete piece of the file ends: the Segment's header, level-1 elements, Cluster
   * headers and Cluster children. A copy cut after one of these and before the next has that many
   * bytes of incomplete tail.
   */
  final TreeSet<Integer> completeEnds = new TreeSet<>();

  boolean segmentSizeKnown;
  long timestampScale = 1_000_000;
  Double duration;

  private final byte[] b;
  int segmentData;

  private WebmStructure(byte[] bytes) {
    this.b = bytes;
  }

  static WebmStructure parse(byte[] bytes) {
    WebmStructure structure = new WebmStructure(bytes);
    structure.parse();
    return structure;
  }

  private void parse() {
    int[] ebml = header(0);
    require(ebml[0] == 0x1A45DFA3, "EBML header first");
    int[] segment = header(end(ebml));
    require(segment[0] == 0x18538067, "Segment after the EBML header");
    segmentSizeKnown = segment[3] >= 0;
    require(!segmentSizeKnown || end(segment) == b.length, "Segment ends at the file's end");
    segmentData = segment[1] + segment[2];
    completeEnds.add(segmentData);
    int position = segmentData;
    while (position < b.length) {
      int[] element = header(position);
      levelOneIds.add(element[0]);
      levelOneAt.put((long) position - segmentData, element[0]);
      position = element[0] == 0x1F43B675 ? cluster(element) : levelOne(element);
      completeEnds.add(position);
    }
  }

  private int levelOne(int[] element) {
    require(element[3] >= 0, "level-1 element of known size");
    int data = element[1] + element[2];
    switch (element[0]) {
      case 0x114D9B74 -> forEachChild(data, end(element), (seek, d) -> seekEntry(d, end(seek)));
      case 0x1549A966 -> forEachChild(data, end(element), (child, d) -> info(child, d));
      case 0x1C53BB6B -> forEachChild(data, end(element), (point, d) -> cuePoint(d, end(point)));
      default -> {}
    }
    return end(element);
  }

  private void info(int[] child, int data) {
    if (child[0] == 0x2AD7B1) {
      timestampScale = uint(data, child[3]);
    } else if (child[0] == 0x4489) {
      long bits = uint(data, child[3]);
      duration = child[3] == 4 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
    }
  }

  private void seekEntry(int start, int end) {
    Long position = null;
    Integer id = null;
    for (int p = start; p < end; ) {
      int[] child = header(p);
      int data = child[1] + child[2];
      if (child[0] == 0x53AB) {
        id = (int) uint(data, child[3]);
      } else if (child[0] == 0x53AC) {
        position = uint(data, child[3]);
      }
      p = end(child);
    }
    seekEntries.put(id, position);
  }

  private void cuePoint(int start, int end) {
    long time = -1;
    for (int p = start; p < end; ) {
      int[] child = header(p);
      int data = child[1] + child[2];
      if (child[0] == 0xB3) {
        time = uint(data, child[3]);
      } else if (child[0] == 0xB7) {
        long[] fields = new long[3];
        forEachChild(
            data,
            end(child),
            (f, d) -> {
              int slot = f[0] == 0xF7 ? 0 : f[0] == 0xF1 ? 1 : f[0] == 0xF0 ? 2 : -1;
              if (slot >= 0) {
                fields[slot] = uint(d, f[3]);
              }
            });
        cues.add(new Cue(time, fields[0], fields[1], fields[2]));
      }
      p = end(child);
    }
  }

  private int cluster(int[] cluster) {
    boolean known = cluster[3] >= 0;
    int data = cluster[1] + cluster[2];
    clusters.add(new Cluster(cluster[1] - segmentData, data, known));
    completeEnds.add(data);
    int limit = known ? end(cluster) : b.length;
    long timestamp = -1;
    int p = data;
    while (p < limit) {
      int[] child = header(p);
      if (!known && !CLUSTER_CHILDREN.contains(child[0])) {
        break;
      }
      require(child[3] >= 0 && end(child) <= limit, "complete Cluster child at " + p);
      int childData = child[1] + child[2];
      if (child[0] == 0xE7) {
        timestamp = uint(childData, child[3]);
      } else if (child[0] == 0xA3) {
        blocks.add(block(child, childData, timestamp, (b[childData + 3] & 0x80) != 0));
      } else if (child[0] == 0xA0) {
        int[] found = {-1};
        boolean[] references = {false};
        forEachChild(
            childData,
            end(child),
            (g, d) -> {
              found[0] = g[0] == 0xA1 ? d : found[0];
              references[0] |= g[0] == 0xFB;
            });
        blocks.add(block(child, found[0], timestamp, !references[0]));
      }
      p = end(child);
      completeEnds.add(p);
    }
    require(!known || p == limit, "Cluster children fill it");
    return p;
  }

  private Block block(int[] element, int blockData, long clusterTime, boolean keyframe) {
    require(blockData >= 0 && (b[blockData] & 0x80) != 0, "one-byte track number");
    long relative = (short) (((b[blockData + 1] & 0xFF) << 8) | (b[blockData + 2] & 0xFF));
    int end = end(element);
    int hash = Arrays.hashCode(Arrays.copyOfRange(b, element[1], end));
    return new Block(b[blockData] & 0x7F, clusterTime + relative, keyframe, element[1], end, hash);
  }

  private interface ChildVisitor {
    void visit(int[] child, int data);
  }

  private void forEachChild(int start, int end, ChildVisitor visitor) {
    int p = start;
    while (p < end) {
      int[] child = header(p);
      require(child[3] >= 0 && end(child) <= end, "child inside its parent at " + p);
      visitor.visit(child, child[1] + child[2]);
      p = end(child);
    }
  }

  /** {id, position, header length, size or -1}. */
  private int[] header(int position) {
    require(position < b.length, "an element at " + position);
    int idLength = Integer.numberOfLeadingZeros(b[position] & 0xFF) - 23;
    require(idLength >= 1 && idLength <= 4, "an element ID at " + position);
    int id = (int) uint(position, idLength);
    int sizeAt = position + idLength;
    int sizeLength = Integer.numberOfLeadingZeros(b[sizeAt] & 0xFF) - 23;
    require(sizeLength >= 1 && sizeLength <= 8, "an element size at " + sizeAt);
    long size = uint(sizeAt, sizeLength) & ((1L << (7 * sizeLength)) - 1);
    boolean unknown = size == (1L << (7 * sizeLength)) - 1;
    int[] header = {id, position, idLength + sizeLength, unknown ? -1 : (int) size};
    require(unknown || end(header) <= b.length, "element at " + position + " inside the file");
    return header;
  }

  private static int end(int[] header) {
    return header[1] + header[2] + header[3];
  }

  private long uint(int position, int length) {
    require(position + length <= b.length, "bytes at " + position);
    long value = 0;
    for (int i = 0; i < length; i++) {
      value = (value << 8) | (b[position + i] & 0xFF);
    }
    return value;
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("malformed WebM: expected " + what);
    }
  }
}
