package dev.parley.web.platform.media;

import java.util.Optional;

/**
 * One byte range of a file of {@code size} bytes, from a {@code Range} header: {@code bytes=a-b},
 * {@code bytes=a-}, {@code bytes=-n} (the last n). Several ranges are answered with the first only
 * (allowed: a server may send less than asked); an unsatisfiable range is {@link #UNSATISFIABLE}.
 */
public record ByteRange(long start, long end) {

  /** Marks a range that lies outside the file (answered 416). */
  public static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

  public long length() {
    return end - start + 1;
  }

  /** Empty when there is no usable header (the whole file is sent). */
  public static Optional<ByteRange> parse(String header, long size) {
    if (header == null || !header.startsWith("bytes=")) {
      return Optional.empty();
    }
    String first = header.substring("bytes=".length()).split(",")[0].strip();
    int dash = first.indexOf('-');
    if (dash < 0) {
      return Optional.empty();
    }
    try {
      String a = first.substring(0, dash).strip();
      String b = first.substring(dash + 1).strip();
      if (a.isEmpty()) {
        long last = Long.parseLong(b);
        if (last <= 0 || size == 0) {
          return Optional.of(UNSATISFIABLE);
        }
        return Optional.of(new ByteRange(Math.max(0, size - last), size - 1));
      }
      long start = Long.parseLong(a);
      long end = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
      if (start >= size || start > end || start < 0) {
        return Optional.of(UNSATISFIABLE);
      }
      return Optional.of(new ByteRange(start, end));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
