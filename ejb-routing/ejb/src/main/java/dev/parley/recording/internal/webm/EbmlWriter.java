package dev.parley.recording.internal.webm;

import java.io.ByteArrayOutputStream;

/**
 * Builds small EBML elements in memory — the SeekHead, Info and Cues this package writes, and the
 * headers of the Segment and Clusters whose data it copies from the input. IDs are written as they
 * are named in {@link WebmIds} (marker bits included), sizes in the fewest bytes that hold them (or
 * a fixed width), unsigned integers big-endian in the fewest bytes, floats as 8-byte doubles.
 */
final class EbmlWriter {

  /** The largest value an 8-byte size can hold; all ones would mean "unknown". */
  static final long MAX_SIZE = (1L << 56) - 2;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  EbmlWriter id(int id) {
    int length = idLength(id);
    for (int i = length - 1; i >= 0; i--) {
      out.write(id >>> (8 * i));
    }
    return this;
  }

  EbmlWriter size(long size) {
    return size(size, sizeLength(size));
  }

  EbmlWriter size(long size, int width) {
    if (size < 0 || size > MAX_SIZE || sizeLength(size) > width || width > 8) {
      throw new IllegalArgumentException("size " + size + " does not fit in " + width + " bytes");
    }
    long marked = size | (1L << (7 * width));
    for (int i = width - 1; i >= 0; i--) {
      out.write((int) (marked >>> (8 * i)));
    }
    return this;
  }

  EbmlWriter unsigned(int id, long value) {
    int length = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 7) / 8);
    id(id).size(length);
    for (int i = length - 1; i >= 0; i--) {
      out.write((int) (value >>> (8 * i)));
    }
    return this;
  }

  EbmlWriter floating(int id, double value) {
    id(id).size(8);
    long bits = Double.doubleToLongBits(value);
    for (int i = 7; i >= 0; i--) {
      out.write((int) (bits >>> (8 * i)));
    }
    return this;
  }

  EbmlWriter binary(int id, byte[] data) {
    return id(id).size(data.length).raw(data);
  }

  /** A master element around children built by another writer. */
  EbmlWriter master(int id, EbmlWriter children) {
    return binary(id, children.toByteArray());
  }

  EbmlWriter raw(byte[] bytes) {
    out.write(bytes, 0, bytes.length);
    return this;
  }

  int length() {
    return out.size();
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  /** The ID's length, from its marker bit, as {@link EbmlReader} reads it. */
  static int idLength(int id) {
    if ((id & 0xFFFFFF00) == 0) {
      return 1;
    }
    if ((id & 0xFFFF0000) == 0) {
      return 2;
    }
    return (id & 0xFF000000) == 0 ? 3 : 4;
  }

  /** The fewest bytes that hold a size; a value with all its bits set takes one more byte. */
  static int sizeLength(long size) {
    int length = 1;
    while (length < 8 && size >= (1L << (7 * length)) - 1) {
      length++;
    }
    return length;
  }
}
