package dev.parley.channels.email.mime;

import java.util.Objects;

/**
 * An attachment, an inline image or a nested message (as {@code .eml}) of a parsed message, its
 * transfer encoding undone. {@code filename} is never null (a name is made up when the sender gave
 * none) and holds no path; {@code contentId} is the Content-ID without angle brackets (what {@code
 * cid:} URLs in the HTML refer to) or null; {@code inline} says the sender meant it to be shown in
 * the body rather than offered as a download.
 */
public record MailPart(
    String filename,
    String contentType,
    String contentId,
    boolean inline,
    long size,
    byte[] content) {

  public MailPart {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
  }

  @Override
  public String toString() {
    return "MailPart["
        + filename
        + ", "
        + contentType
        + ", "
        + size
        + " bytes"
        + (contentId == null ? "" : ", cid " + contentId)
        + (inline ? ", inline" : "")
        + "]";
  }
}
