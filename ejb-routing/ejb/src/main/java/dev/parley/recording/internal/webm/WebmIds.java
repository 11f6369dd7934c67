package dev.parley.recording.internal.webm;

/**
 * The EBML and Matroska element IDs this package reads or writes, with their length marker bits
 * kept (as they appear in a file), named as in the Matroska specification. Matroska renamed
 * "Timecode" to "Timestamp"; the names here follow the current specification.
 */
final class WebmIds {
  static final int EBML = 0x1A45DFA3;
  static final int DOC_TYPE = 0x4282;

  static final int SEGMENT = 0x18538067;

  static final int SEEK_HEAD = 0x114D9B74;
  static final int SEEK = 0x4DBB;
  static final int SEEK_ID = 0x53AB;
  static final int SEEK_POSITION = 0x53AC;

  static final int INFO = 0x1549A966;
  static final int TIMESTAMP_SCALE = 0x2AD7B1;
  static final int DURATION = 0x4489;

  static final int TRACKS = 0x1654AE6B;
  static final int TRACK_ENTRY = 0xAE;
  static final int TRACK_NUMBER = 0xD7;
  static final int TRACK_TYPE = 0x83;
  static final int CODEC_ID = 0x86;
  static final int DEFAULT_DURATION = 0x23E383;

  static final int CLUSTER = 0x1F43B675;
  static final int TIMESTAMP = 0xE7;
  static final int SILENT_TRACKS = 0x5854;
  static final int POSITION = 0xA7;
  static final int PREV_SIZE = 0xAB;
  static final int SIMPLE_BLOCK = 0xA3;
  static final int BLOCK_GROUP = 0xA0;
  static final int BLOCK = 0xA1;
  static final int BLOCK_DURATION = 0x9B;
  static final int REFERENCE_BLOCK = 0xFB;
  static final int ENCRYPTED_BLOCK = 0xAF;

  static final int CUES = 0x1C53BB6B;
  static final int CUE_POINT = 0xBB;
  static final int CUE_TIME = 0xB3;
  static final int CUE_TRACK_POSITIONS = 0xB7;
  static final int CUE_TRACK = 0xF7;
  static final int CUE_CLUSTER_POSITION = 0xF1;
  static final int CUE_RELATIVE_POSITION = 0xF0;

  /** Global elements, allowed anywhere: padding, and a checksum of the parent's other children. */
  static final int VOID = 0xEC;

  static final int CRC_32 = 0xBF;

  /** Matroska TrackType values. */
  static final int TRACK_TYPE_VIDEO = 1;

  static final int TRACK_TYPE_AUDIO = 2;

  /** The default TimestampScale: timestamps in milliseconds. */
  static final long DEFAULT_TIMESTAMP_SCALE = 1_000_000;

  private WebmIds() {}

  /**
   * Whether an element with this ID may be a child of a Cluster (so an unknown-size one goes on).
   */
  static boolean isClusterChild(int id) {
    return id == TIMESTAMP
        || id == SILENT_TRACKS
        || id == POSITION
        || id == PREV_SIZE
        || id == SIMPLE_BLOCK
        || id == BLOCK_GROUP
        || id == ENCRYPTED_BLOCK
        || id == VOID
        || id == CRC_32;
  }
}
