package dev.parley.recording.internal.webm;

import java.io.IOException;

/**
 * The input is not a WebM this package can make seekable: not EBML, not WebM, without Tracks or
 * without a single complete Cluster. The message says which. It is an {@link IOException} (as
 * {@link java.util.zip.ZipException} is) because it comes from reading a file, and a caller that
 * handles I/O failures handles it; a caller that wants to tell a bad upload from a failing disk
 * catches it first.
 */
public class MalformedWebmException extends IOException {

  private static final long serialVersionUID = 1L;

  public MalformedWebmException(String message) {
    super(message);
  }
}
