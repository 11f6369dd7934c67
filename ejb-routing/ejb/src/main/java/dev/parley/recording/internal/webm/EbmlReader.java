package dev.parley.recording.internal.webm;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Reads EBML from a file through a small buffer: element headers (variable-length IDs and sizes,
 * including the unknown size), unsigned integers, floats and strings. It seeks freely, so an
 * indexer reads a block's first bytes and skips its payload; a recording of hundreds of megabytes
 * costs a buffer, not its size in memory. Reading past the end of the file throws {@link
 * EOFException}, which the indexer takes as a truncated recording.
 */
final class EbmlReader implements Closeable {

  static final int DEFAULT_BUFFER_SIZE = 64 * 1024;

  private final FileChannel channel;
  private final long length;
  private final ByteBuffer buffer;
  private long bufferStart;
  private long position;

  EbmlReader(FileChannel channel, int bufferSize) throws IOException {
    this.channel = channel;
    this.length = channel.size();
    this.buffer = ByteBuffer.allocate(bufferSize).limit(0);
  }

  long length() {
    return length;
  }

  long position() {
    return position;
  }

  void seek(long newPosition) {
    position = newPosition;
  }

  /**
   * The header of the element at the current position, leaving the position at its data. Throws
   * {@link EOFException} when the file ends inside the header and {@link MalformedWebmException}
   * when the bytes are no valid ID (longer than 4 bytes, or reserved) or size.
   */
  ElementHeader readHeader() throws IOException {
    long start = position;
    int first = readByte();
    int idLength = vintLength(first);
    if (idLength > 4) {
      throw new MalformedWebmException("no EBML element ID at byte " + start);
    }
    int id = first;
    for (int i = 1; i < idLength; i++) {
      id = (id << 8) | readByte();
    }
    if (allValueBitsSet(id, idLength)) {
      throw new MalformedWebmException("reserved EBML element ID at byte " + start);
    }
    long size = readVint();
    return new ElementHeader(id, start, (int) (position - start), size);
  }

  /**
   * A variable-length unsigned integer without its length marker, as element sizes and block track
   * numbers are written; {@link ElementHeader#UNKNOWN_SIZE} when all its value bits are set.
   */
  long readVint() throws IOException {
    long start = position;
    int first = readByte();
    int length = vintLength(first);
    if (length > 8) {
      throw new MalformedWebmException("no EBML variable-length integer at byte " + start);
    }
    long value = first & (0xFF >> length);
    for (int i = 1; i < length; i++) {
      value = (value << 8) | readByte();
    }
    return value == (1L << (7 * length)) - 1 ? ElementHeader.UNKNOWN_SIZE : value;
  }

  long readUnsigned(long size) throws IOException {
    if (size > 8) {
      throw new MalformedWebmException("unsigned integer of " + size + " bytes at " + position);
    }
    long value = 0;
    for (int i = 0; i < size; i++) {
      value = (value << 8) | readByte();
    }
    return value;
  }

  double readFloat(long size) throws IOException {
    if (size == 0) {
      return 0;
    }
    if (size == 4) {
      return Float.intBitsToFloat((int) readUnsigned(4));
    }
    if (size == 8) {
      return Double.longBitsToDouble(readUnsigned(8));
    }
    throw new MalformedWebmException("float of " + size + " bytes at byte " + position);
  }

  /** An ASCII or UTF-8 string, without the zero bytes EBML allows as padding at its end. */
  String readString(long size) throws IOException {
    if (size > 1024) {
      throw new MalformedWebmException("string of " + size + " bytes at byte " + position);
    }
    byte[] bytes = new byte[(int) size];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) readByte();
    }
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] == 0) {
      end--;
    }
    return new String(bytes, 0, end, StandardCharsets.UTF_8);
  }

  int readByte() throws IOException {
    if (position >= length) {
      throw new EOFException("end of input at byte " + position);
    }
    if (position < bufferStart || position >= bufferStart + buffer.limit()) {
      fill();
    }
    return buffer.get((int) (position++ - bufferStart)) & 0xFF;
  }

  private void fill() throws IOException {
    buffer.clear();
    bufferStart = position;
    while (buffer.hasRemaining() && channel.read(buffer, bufferStart + buffer.position()) > 0) {
      // a FileChannel may read less than asked; keep reading until the buffer is full or at EOF
    }
    buffer.flip();
  }

  /** The length an EBML variable-length integer announces in its first byte (9 when none). */
  private static int vintLength(int first) {
    return first == 0 ? 9 : Integer.numberOfLeadingZeros(first) - 23;
  }

  private static boolean allValueBitsSet(int id, int length) {
    long valueBits = (1L << (7 * length)) - 1;
    return (id & valueBits) == valueBits;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
