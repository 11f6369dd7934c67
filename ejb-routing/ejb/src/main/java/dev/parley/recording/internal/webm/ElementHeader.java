package dev.parley.recording.internal.webm;

/**
 * An EBML element's ID and size as read from a file: where the element starts, how long its header
 * (ID plus size) is, and the size of its data, or {@link #UNKNOWN_SIZE} when the writer did not
 * know it (a live stream's Segment and Clusters). An unknown-size element ends where the next
 * element that cannot be its child begins.
 */
record ElementHeader(int id, long position, int headerLength, long size) {

  static final long UNKNOWN_SIZE = -1;

  boolean sizeKnown() {
    return size != UNKNOWN_SIZE;
  }

  long dataStart() {
    return position + headerLength;
  }

  /** Where the element's data ends; only for an element of known size. */
  long end() {
    if (!sizeKnown()) {
      throw new IllegalStateException("element 0x" + Integer.toHexString(id) + " has no size");
    }
    return dataStart() + size;
  }

  String describe() {
    return "element 0x" + Integer.toHexString(id).toUpperCase() + " at byte " + position;
  }
}
