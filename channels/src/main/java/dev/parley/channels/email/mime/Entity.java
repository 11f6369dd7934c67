package dev.parley.channels.email.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.stream.Field;

/**
 * One node of a parsed message: its raw header fields and either its children (a multipart) or its
 * content with the transfer encoding undone (a leaf; a nested message/rfc822 is a leaf whose
 * content is the whole nested message).
 */
final class Entity {

  final List<Field> fields = new ArrayList<>();
  final List<Entity> children = new ArrayList<>();
  String mimeType = "text/plain";
  boolean multipart;
  byte[] content = new byte[0];

  /**
   * A multipart's text before its first boundary: the only content left when the boundary is
   * broken.
   */
  byte[] preamble = new byte[0];

  String subType() {
    int slash = mimeType.indexOf('/');
    return slash < 0 ? "" : mimeType.substring(slash + 1).toLowerCase(Locale.ROOT);
  }

  boolean is(String type) {
    return mimeType.equalsIgnoreCase(type);
  }
}
