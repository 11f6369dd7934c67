package dev.parley.channels.email.mime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.Event;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Reads one e-mail message (RFC 5322 with MIME) into a {@link ParsedMail}. It never throws on bad
 * input: whatever is malformed, missing or hostile is repaired or skipped, listed in {@link
 * ParsedMail#problems()}, and as much content as can be recovered is returned (see
 * docs/email-parsing.md for the guarantees). Thread-safe and stateless.
 */
public final class MailParser {

  /** How deep multiparts and attached messages may nest before the rest is not read. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  // No line or header length limits in Mime4j itself: its limits abort the whole parse, while a
  // huge header must only cost that header (Headers cuts it). The size of the input is the bound.
  private static final MimeConfig CONFIG =
      MimeConfig.custom()
          .setMaxLineLen(-1)
          .setMaxHeaderLen(-1)
          .setMaxHeaderCount(-1)
          .setMalformedHeaderStartsBody(true)
          .build();

  private final int maxDepth;

  public MailParser() {
    this(DEFAULT_MAX_DEPTH);
  }

  public MailParser(int maxDepth) {
    if (maxDepth < 2) {
      throw new IllegalArgumentException("maxDepth must be at least 2, was " + maxDepth);
    }
    this.maxDepth = maxDepth;
  }

  /** Parses a message that arrived without an envelope (or whose envelope does not matter). */
  public ParsedMail parse(byte[] raw) {
    return parse(raw, null);
  }

  /**
   * Parses a message; {@code envelopeSender} is the SMTP MAIL FROM (empty for a bounce), or null
   * when unknown, and is used only to recognise automatic mail.
   */
  public ParsedMail parse(byte[] raw, String envelopeSender) {
    return parse(raw == null ? new byte[0] : raw, envelopeSender, maxDepth);
  }

  /**
   * Reads at most {@code maxBytes} of {@code in} and parses them; a longer message is cut there and
   * flagged, a failing stream is flagged with what was read. Does not close {@code in}.
   */
  public ParsedMail parse(InputStream in, long maxBytes, String envelopeSender) {
    if (maxBytes < 0 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "maxBytes must be 0.." + (Integer.MAX_VALUE - 8) + ", was " + maxBytes);
    }
    Problems problems = new Problems();
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while (read.size() <= maxBytes
          && (n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - read.size())))
              != -1) {
        read.write(buffer, 0, n);
      }
    } catch (IOException e) {
      problems.flag("the message could not be read completely: " + e.getMessage());
    }
    byte[] raw = read.toByteArray();
    if (raw.length > maxBytes) {
      problems.flag("message larger than " + maxBytes + " bytes; the rest was not read");
      raw = Arrays.copyOf(raw, (int) maxBytes);
    }
    ParsedMail mail = parse(raw, envelopeSender, maxDepth);
    problems.addAll("", mail.problems());
    return withProblems(mail, problems.list());
  }

  private ParsedMail parse(byte[] raw, String envelopeSender, int depthAllowed) {
    Problems problems = new Problems();
    try {
      return read(raw, envelopeSender, depthAllowed, problems);
    } catch (RuntimeException | StackOverflowError e) {
      // The parts above are built not to fail on any input; this is the last line of the
      // promise that bad mail never becomes an exception for the listener.
      problems.flag("the message could not be parsed (" + e.getClass().getSimpleName() + ")");
      return withProblems(nothing(), problems.list());
    }
  }

  private ParsedMail read(byte[] raw, String envelopeSender, int depthAllowed, Problems problems) {
    if (raw.length == 0) {
      problems.flag("empty message (0 bytes)");
    }
    Entity root = raw.length == 0 ? new Entity() : tree(raw, depthAllowed, problems);
    Headers headers = new Headers(root.fields, problems);
    if (headers.isEmpty() && raw.length > 0) {
      problems.flag("no header fields: this does not look like an e-mail message");
    }
    Headers.Parameterised type = headers.parameterised("Content-Type");
    if (type == null && !headers.isEmpty()) {
      problems.note("no Content-Type; read as text/plain");
    } else if (type != null && type.value().startsWith("multipart/") && !root.multipart) {
      problems.flag("Content-Type " + type.value() + " without a usable boundary; read as text");
    }

    String messageId = headers.ids("Message-ID").stream().findFirst().orElse(null);
    if (messageId == null && !headers.isEmpty()) {
      problems.note("no Message-ID");
    }
    List<MailAddress> from = headers.addresses("From");
    if (from.isEmpty()) {
      problems.flag(headers.has("From") ? "no usable address in From" : "no From");
    }
    if (!headers.has("Date") && !headers.isEmpty()) {
      problems.note("no Date");
    }
    List<MailAddress> sender = headers.addresses("Sender");

    BodyCollector body =
        new BodyCollector(problems, depthAllowed, (bytes, left) -> parse(bytes, null, left));
    body.collect(root, 1);
    String text = body.text();
    if (text.isEmpty() && body.html() != null) {
      text = HtmlText.render(body.html());
    }
    String automatic =
        AutomaticMail.reason(
            headers, from.isEmpty() ? null : from.get(0), envelopeSender, root.mimeType);
    return new ParsedMail(
        messageId,
        headers.ids("In-Reply-To"),
        headers.ids("References"),
        headers.text("Subject"),
        from.isEmpty() ? null : from.get(0),
        sender.isEmpty() ? null : sender.get(0),
        headers.addresses("Reply-To"),
        headers.addresses("To"),
        headers.addresses("Cc"),
        headers.date(),
        automatic != null,
        automatic,
        text,
        body.html(),
        body.attachments(),
        problems.list());
  }

  private static Entity tree(byte[] raw, int depthAllowed, Problems problems) {
    MimeStreamParser parser = new MimeStreamParser(CONFIG, new Monitor(problems), null);
    parser.setContentDecoding(true);
    parser.setNoRecurse(); // attached messages arrive whole, kept as .eml and parsed on their own
    EntityTreeHandler handler = new EntityTreeHandler(parser, depthAllowed, problems);
    parser.setContentHandler(handler);
    try {
      parser.parse(new ByteArrayInputStream(raw));
    } catch (MimeException | IOException e) {
      problems.flag("the message could not be read to the end: " + e.getMessage());
    }
    return handler.root();
  }

  private static ParsedMail nothing() {
    return new ParsedMail(
        null, List.of(), List.of(), null, null, null, List.of(), List.of(), List.of(), null, false,
        null, "", null, List.of(), List.of());
  }

  private static ParsedMail withProblems(ParsedMail m, List<Problem> problems) {
    return new ParsedMail(
        m.messageId(),
        m.inReplyTo(),
        m.references(),
        m.subject(),
        m.from(),
        m.sender(),
        m.replyTo(),
        m.to(),
        m.cc(),
        m.date(),
        m.automatic(),
        m.automaticReason(),
        m.text(),
        m.html(),
        m.attachments(),
        problems);
  }

  /** Turns Mime4j's warnings into problems, in our words; harmless ones are dropped. */
  private static final class Monitor extends DecodeMonitor {
    private final Problems problems;

    Monitor(Problems problems) {
      this.problems = problems;
    }

    @Override
    public boolean isListening() {
      return true;
    }

    @Override
    public boolean warn(String error, String dropDesc) {
      if (error.contains(Event.MIME_BODY_PREMATURE_END.toString())) {
        problems.flag(
            "broken MIME boundary: closing boundary missing (the last part may be cut short)");
      } else if (error.contains(Event.HEADERS_PREMATURE_END.toString())) {
        problems.note("the message ends inside its header section (no body)");
      } else if (error.contains(Event.INVALID_HEADER.toString())) {
        problems.note("a line in a header section is not a header field; the body starts there");
      } else if (error.contains(Event.OBSOLETE_HEADER.toString())) {
        problems.note("obsolete header syntax (space before the colon)");
      } else if (error.toLowerCase().contains("base64")) {
        problems.note("damaged base64 content; the bad bytes were skipped");
      }
      return false; // never abort: we keep going and report
    }
  }
}
