package dev.parley.channels.email.mime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Walks an {@link Entity} tree and decides what each part is to the agent: the plain-text body, the
 * HTML body, an attachment or inline image, or an attached message (kept as {@code .eml} and its
 * text shown as a quoted forwarded block). In multipart/alternative it takes the first plain text
 * and the richest HTML; elsewhere text parts without a file name are the body, in order.
 */
final class BodyCollector {

  private static final Map<String, String> EXTENSIONS =
      Map.of(
          "message/rfc822", ".eml",
          "image/png", ".png",
          "image/jpeg", ".jpg",
          "image/gif", ".gif",
          "application/pdf", ".pdf",
          "text/plain", ".txt",
          "text/html", ".html",
          "text/calendar", ".ics",
          "message/delivery-status", ".txt",
          "text/rfc822-headers", ".txt");

  private final Problems problems;
  private final int maxDepth;

  /** Parses an attached message's bytes with the depth still allowed. */
  private final BiFunction<byte[], Integer, ParsedMail> nested;

  private final StringBuilder text = new StringBuilder();
  private final StringBuilder html = new StringBuilder();
  private final List<String> forwarded = new ArrayList<>();
  private final List<MailPart> attachments = new ArrayList<>();

  BodyCollector(Problems problems, int maxDepth, BiFunction<byte[], Integer, ParsedMail> nested) {
    this.problems = problems;
    this.maxDepth = maxDepth;
    this.nested = nested;
  }

  void collect(Entity entity, int depth) {
    if (!entity.multipart) {
      leaf(entity, depth);
    } else if (entity.children.isEmpty()) {
      problems.flag(
          "broken MIME boundary: no part found in "
              + entity.mimeType
              + "; its raw content is shown as text");
      appendText(TextDecoding.decode(entity.preamble, null, "the unsplit multipart", problems));
    } else if (entity.subType().equals("alternative")) {
      alternative(entity, depth);
    } else {
      for (Entity child : entity.children) {
        collect(child, depth + 1);
      }
    }
  }

  /** The plain text with any attached messages' text appended; never null. */
  String text() {
    StringBuilder all = new StringBuilder(text);
    for (String block : forwarded) {
      all.append(all.length() == 0 ? "" : "\n\n").append(block);
    }
    return withoutNul(all.toString(), "text body");
  }

  /** The HTML body as sent, or null. */
  String html() {
    return html.length() == 0 ? null : withoutNul(html.toString(), "HTML body");
  }

  List<MailPart> attachments() {
    return attachments;
  }

  private void alternative(Entity entity, int depth) {
    Entity plain = null;
    Entity rich = null;
    for (Entity child : entity.children) {
      boolean plainText = child.multipart ? !containsHtml(child) : child.is("text/plain");
      if (plain == null && plainText) {
        plain = child; // the plain side may be a multipart itself: text with attachments
      }
      if (child.is("text/html") || (child.multipart && containsHtml(child))) {
        rich = child; // the last one: alternatives go from plainest to richest
      }
    }
    for (Entity child : entity.children) {
      if (child == plain || child == rich) {
        collect(child, depth + 1);
      } else if (!child.multipart && !child.is("text/plain") && !child.is("text/html")) {
        leaf(child, depth + 1); // e.g. a text/calendar invitation: kept as an attachment
      }
    }
  }

  private static boolean containsHtml(Entity entity) {
    return entity.is("text/html") || entity.children.stream().anyMatch(BodyCollector::containsHtml);
  }

  private void leaf(Entity entity, int depth) {
    Headers headers = new Headers(entity.fields, problems);
    Headers.Parameterised type = headers.parameterised("Content-Type");
    Headers.Parameterised disposition = headers.parameterised("Content-Disposition");
    String charset = type == null ? null : type.parameter("charset");
    String filename = filename(headers, type, disposition);
    boolean attachment = disposition != null && disposition.value().equals("attachment");

    if (entity.is("message/rfc822") || entity.is("message/global")) {
      attachedMessage(entity, depth, filename);
      return;
    }
    if (!attachment && filename == null && (entity.is("text/plain") || entity.is("text/html"))) {
      String where = "the " + entity.mimeType + " body";
      String decoded = TextDecoding.decode(entity.content, charset, where, problems);
      if (entity.is("text/plain")) {
        appendText(decoded);
      } else {
        html.append(newlines(decoded)); // Apple Mail splits one HTML body around inline images
      }
      return;
    }
    String contentId = headers.raw("Content-ID");
    if (contentId != null) {
      contentId = contentId.replaceAll("[<>\\s]", "");
      contentId = contentId.isEmpty() ? null : contentId;
    }
    boolean inline = disposition == null ? contentId != null : disposition.value().equals("inline");
    attachments.add(
        new MailPart(
            filename != null ? filename : madeUpName(entity.mimeType),
            entity.mimeType,
            contentId,
            inline,
            entity.content.length,
            entity.content));
  }

  private void attachedMessage(Entity entity, int depth, String filename) {
    attachments.add(
        new MailPart(
            filename != null ? filename : madeUpName("message/rfc822"),
            entity.mimeType,
            null,
            false,
            entity.content.length,
            entity.content));
    int left = maxDepth - depth;
    if (left <= 1) {
      problems.flag("attached message nested too deep; kept as a file but not read");
      return;
    }
    ParsedMail inner = nested.apply(entity.content, left);
    problems.addAll("in the attached message: ", inner.problems());
    forwarded.add(quote(inner));
  }

  private static String quote(ParsedMail mail) {
    StringBuilder block = new StringBuilder("---------- Forwarded message ----------\n");
    if (mail.from() != null) {
      block.append("From: ").append(mail.from()).append('\n');
    }
    Instant date = mail.date();
    if (date != null) {
      block.append("Date: ").append(date).append('\n');
    }
    if (mail.subject() != null) {
      block.append("Subject: ").append(mail.subject()).append('\n');
    }
    if (!mail.to().isEmpty()) {
      block
          .append("To: ")
          .append(mail.to().stream().map(MailAddress::toString).collect(Collectors.joining(", ")))
          .append('\n');
    }
    block.append('\n');
    mail.text()
        .lines()
        .forEach(line -> block.append(line.isEmpty() ? ">" : "> " + line).append('\n'));
    return block.toString().stripTrailing();
  }

  private void appendText(String part) {
    part = newlines(part);
    if (text.length() > 0 && !part.isEmpty()) {
      text.append("\n\n");
    }
    text.append(part);
  }

  private static String newlines(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The sender's file name, decoded and reduced to a name (no path, no control characters). */
  private String filename(
      Headers headers, Headers.Parameterised type, Headers.Parameterised disposition) {
    String name = disposition == null ? null : disposition.parameter("filename");
    if (name == null && type != null) {
      name = type.parameter("name");
    }
    if (name == null) {
      return null;
    }
    // Many mailers put RFC 2047 encoded words in quoted parameters, which RFC 2231 never allowed.
    name = headers.clean("Content-Disposition", Headers.decodeWords(name));
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    return name.isEmpty() || name.equals(".") || name.equals("..") ? null : name;
  }

  private String madeUpName(String mimeType) {
    String extension = EXTENSIONS.getOrDefault(mimeType.toLowerCase(Locale.ROOT), "");
    String stem =
        mimeType.startsWith("message/")
            ? "message"
            : mimeType.startsWith("image/") ? "image" : "attachment";
    return stem + "-" + (attachments.size() + 1) + extension;
  }

  private String withoutNul(String s, String where) {
    if (s.indexOf('\0') < 0) {
      return s;
    }
    problems.note("NUL characters in the " + where + "; removed");
    return s.replace("\0", "");
  }
}
