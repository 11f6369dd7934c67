package dev.parley.recording.internal.webm;

/** Bytes {@code [start, end)} of the input, copied to the output as they are. */
record ByteRange(long start, long end) {

  ByteRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  long length() {
    return end - start;
  }
}
