package dev.parley.channels.email.smtp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.protocols.smtp.MailEnvelope;

/**
 * One message arriving in DATA: its envelope and its bytes, dot-unstuffed, as they came (bare LF
 * and 8-bit bytes included). Bytes past the size limit are counted but not kept, so an oversized
 * message costs no more memory than the limit while the rest of it is drained.
 *
 * <p>The end of data is only {@code CRLF . CRLF} (RFC 5321 4.1.1.4): a dot line after a line that
 * ended with a bare LF is message content, so a bare-LF trick cannot end the message early and
 * smuggle a second one behind it.
 */
final class ReceivedMessage implements MailEnvelope {

  private static final byte CR = '\r';
  private static final byte LF = '\n';
  private static final byte DOT = '.';

  /** A byte buffer that hands out its content without a copy. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer() {
      super(8192);
    }

    InputStream content() {
      return new ByteArrayInputStream(buf, 0, count);
    }
  }

  private final MaybeSender sender;
  private final List<MailAddress> recipients;
  private final long max;
  private Buffer buffer = new Buffer();
  private long received;
  private boolean atLineStart = true;
  private boolean afterCrlf = true;
  private byte lastByte;

  ReceivedMessage(MaybeSender sender, List<MailAddress> recipients, long max) {
    this.sender = sender;
    this.recipients = List.copyOf(recipients);
    this.max = max;
  }

  /** Whether {@code line} is the end of data: a lone dot after a CRLF-terminated line. */
  boolean endsData(byte[] line) {
    return afterCrlf && line.length == 3 && line[0] == DOT && line[1] == CR && line[2] == LF;
  }

  /** Takes one line, or a piece of a line longer than the framer's limit. */
  void append(byte[] line) {
    if (line.length == 0) {
      return;
    }
    // Transparency (RFC 5321 4.5.2): a leading dot of a line is removed.
    int from = atLineStart && line[0] == DOT ? 1 : 0;
    int length = line.length - from;
    received += length;
    if (received > max) {
      buffer = null;
    } else {
      buffer.write(line, from, length);
    }
    byte last = line[line.length - 1];
    byte beforeLast = line.length >= 2 ? line[line.length - 2] : lastByte;
    atLineStart = last == LF;
    afterCrlf = last == LF && beforeLast == CR;
    lastByte = last;
  }

  boolean tooBig() {
    return received > max;
  }

  long received() {
    return received;
  }

  /** The kept bytes; only when not {@link #tooBig()}. */
  InputStream content() {
    return buffer.content();
  }

  @Override
  public long getSize() {
    return received;
  }

  @Override
  public List<MailAddress> getRecipients() {
    return recipients;
  }

  @Override
  public MaybeSender getMaybeSender() {
    return sender;
  }

  @Override
  public OutputStream getMessageOutputStream() {
    throw new UnsupportedOperationException("lines are taken by append");
  }

  @Override
  public InputStream getMessageInputStream() {
    return content();
  }
}
