package dev.parley.channels.email.mime;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;

/**
 * Builds the {@link Entity} tree from Mime4j's parse events, within bounds: at most {@link
 * #MAX_FIELDS} header fields per entity, and multiparts nested at most {@code maxDepth} deep —
 * deeper, the parser is stopped, so a hostile nesting costs neither stack nor time.
 */
final class EntityTreeHandler extends AbstractContentHandler {

  static final int MAX_FIELDS = 1_000;

  /**
   * RFC 2045 type/subtype tokens; anything else (controls, NULs, spaces) is not trusted as a type.
   */
  private static final Pattern MIME_TYPE =
      Pattern.compile("(?i)[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+");

  private final MimeStreamParser parser;
  private final int maxDepth;
  private final Problems problems;
  private final Deque<Entity> open = new ArrayDeque<>();
  private final Entity root = new Entity();

  EntityTreeHandler(MimeStreamParser parser, int maxDepth, Problems problems) {
    this.parser = parser;
    this.maxDepth = maxDepth;
    this.problems = problems;
  }

  Entity root() {
    return root;
  }

  @Override
  public void startMessage() {
    if (open.isEmpty()) {
      open.push(root);
    }
  }

  @Override
  public void startBodyPart() {
    Entity part = new Entity();
    open.peek().children.add(part);
    open.push(part);
    if (open.size() > maxDepth) {
      problems.flag(
          "MIME parts nested deeper than "
              + maxDepth
              + " levels; the rest of the message was not read");
      parser.stop();
    }
  }

  @Override
  public void endBodyPart() {
    open.pop();
  }

  @Override
  public void field(Field field) {
    Entity entity = open.peek();
    if (entity.fields.size() < MAX_FIELDS) {
      entity.fields.add(field);
    } else {
      problems.flag("more than " + MAX_FIELDS + " header fields in one part; the rest ignored");
    }
  }

  @Override
  public void startMultipart(BodyDescriptor descriptor) {
    open.peek().multipart = true;
    open.peek().mimeType = type(descriptor);
  }

  @Override
  public void preamble(InputStream content) throws IOException {
    open.peek().preamble = content.readAllBytes();
  }

  @Override
  public void body(BodyDescriptor descriptor, InputStream content) throws IOException {
    Entity entity = open.peek();
    entity.mimeType = type(descriptor);
    entity.content = content.readAllBytes();
  }

  private String type(BodyDescriptor descriptor) {
    String type = descriptor.getMimeType();
    if (type != null && MIME_TYPE.matcher(type).matches()) {
      return type;
    }
    problems.note(
        "unreadable content type \""
            + Headers.shorten(String.valueOf(type)).replaceAll("\\p{Cntrl}", "?")
            + "\"; kept as application/octet-stream");
    return "application/octet-stream";
  }
}
