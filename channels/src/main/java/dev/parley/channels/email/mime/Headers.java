package dev.parley.channels.email.mime;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.field.DateTimeFieldLenientImpl;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.apache.james.mime4j.util.ByteSequence;
import org.apache.james.mime4j.util.CharsetUtil;
import org.apache.james.mime4j.util.MimeParameterMapping;

/**
 * The header fields of one entity (a message or a body part), read the way a hostile sender cannot
 * exploit: raw 8-bit bytes decoded as UTF-8 or windows-1252, encoded words decoded, values cut at
 * {@link #MAX_VALUE_CHARS}, and CR, LF, NUL and other control characters removed from every value
 * handed out. Each repair is reported to the {@link Problems} given.
 */
final class Headers {

  static final int MAX_VALUE_CHARS = 16_384;

  private static final Pattern ENCODED_WORD_CHARSET =
      Pattern.compile("=\\?([^?\\s*]+)[^?\\s]*\\?[bBqQ]\\?");
  private static final Pattern FOLD = Pattern.compile("\r?\n(?=[ \t])");
  private static final Pattern ANGLE_ID = Pattern.compile("<([^<>]*)>");
  private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F]+");

  private final List<Field> fields;
  private final Problems problems;

  Headers(List<Field> fields, Problems problems) {
    this.fields = fields;
    this.problems = problems;
  }

  boolean isEmpty() {
    return fields.isEmpty();
  }

  boolean has(String name) {
    return first(name) != null;
  }

  /** The unfolded value as sent (8-bit bytes decoded, encoded words not), cleaned; or null. */
  String raw(String name) {
    Field field = first(name);
    return field == null ? null : clean(name, rawValue(field));
  }

  /** An unstructured value (Subject, Auto-Submitted…) with encoded words decoded; or null. */
  String text(String name) {
    Field field = first(name);
    if (field == null) {
      return null;
    }
    String value = rawValue(field);
    checkEncodedWordCharsets(name, value);
    return clean(name, decodeWords(value)).strip();
  }

  /** The mailboxes of an address header (groups flattened); empty when absent or unreadable. */
  List<MailAddress> addresses(String name) {
    Field field = first(name);
    if (field == null) {
      return List.of();
    }
    String value = clean(name, rawValue(field));
    checkEncodedWordCharsets(name, value);
    // The byte form, not parseAddressList(String): that one measures the cursor in chars and
    // cuts the last address short when a display name has non-ASCII letters.
    ByteSequence bytes = new ByteArrayBuffer(value.getBytes(StandardCharsets.UTF_8), true);
    List<MailAddress> result = new ArrayList<>();
    for (Mailbox mailbox :
        LenientAddressParser.DEFAULT
            .parseAddressList(bytes, new ParserCursor(0, bytes.length()))
            .flatten()) {
      String address = clean(name, mailbox.getAddress()).strip();
      String display = mailbox.getName() == null ? null : clean(name, mailbox.getName()).strip();
      if (address.indexOf('@') > 0 && !address.endsWith("@")) {
        result.add(new MailAddress(address, display == null || display.isEmpty() ? null : display));
      } else if (!address.isEmpty()) {
        problems.note(
            "\"" + shorten(address) + "\" in " + name + " is not a full address; ignored");
      }
    }
    return result;
  }

  /** The message ids of Message-ID, In-Reply-To or References, without angle brackets. */
  List<String> ids(String name) {
    String value = raw(name);
    if (value == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    Matcher m = ANGLE_ID.matcher(value);
    while (m.find()) {
      String id = m.group(1).replaceAll("\\s+", "");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    if (ids.isEmpty()) {
      // Brackets forgotten: every word that looks like an id.
      Arrays.stream(value.split("[\\s,]+")).filter(w -> w.contains("@")).forEach(ids::add);
    }
    return ids;
  }

  /** The Date header as an instant, or null (absent or unreadable, the latter noted). */
  Instant date() {
    String value = raw("Date");
    if (value == null) {
      return null;
    }
    DateTimeField field =
        DateTimeFieldLenientImpl.PARSER.parse(new RawField("Date", value), DecodeMonitor.SILENT);
    if (field.getDate() == null) {
      problems.note("unreadable Date \"" + shorten(value) + "\"");
      return null;
    }
    return field.getDate().toInstant();
  }

  /** A header with parameters (Content-Type, Content-Disposition); RFC 2231 values decoded. */
  Parameterised parameterised(String name) {
    String value = raw(name);
    if (value == null) {
      return null;
    }
    RawBody body = RawFieldParser.DEFAULT.parseRawBody(new RawField(name, value));
    MimeParameterMapping mapping = new MimeParameterMapping();
    for (NameValuePair pair : body.getParams()) {
      String v = pair.getValue() == null ? "" : pair.getValue();
      // RFC 2231 values are %-encoded, and '+' is a plain plus there, not the space of forms.
      mapping.addParameter(
          pair.getName(), pair.getName().contains("*") ? v.replace("+", "%2B") : v);
    }
    String main = body.getValue() == null ? "" : body.getValue().strip().toLowerCase(Locale.ROOT);
    return new Parameterised(main, mapping.getParameters());
  }

  /** A header's main value and its parameters (names lower case; values decoded, not cleaned). */
  record Parameterised(String value, Map<String, String> parameters) {
    String parameter(String name) {
      return parameters.get(name);
    }
  }

  /** RFC 2047 encoded words decoded, legacy charsets read as their supersets. */
  static String decodeWords(String value) {
    return DecoderUtil.decodeEncodedWords(
        value, DecodeMonitor.SILENT, null, TextDecoding.SUPERSETS);
  }

  /** Removes what no header value may hold, noting it: injected line breaks, NULs, controls. */
  String clean(String name, String value) {
    if (value == null) {
      return null;
    }
    Matcher m = CONTROLS.matcher(value);
    if (!m.find()) {
      return value;
    }
    problems.flag(
        "header "
            + name
            + " contained CR, LF, NUL or other control characters (a header injection attempt?); removed");
    return m.replaceAll(" ").replace('\t', ' ');
  }

  private Field first(String name) {
    for (Field field : fields) {
      if (field.getName().equalsIgnoreCase(name)) {
        return field;
      }
    }
    return null;
  }

  /** The field body: 8-bit bytes decoded, unfolded, cut when huge. */
  private String rawValue(Field field) {
    String name = field.getName();
    String value;
    ByteSequence raw = field.getRaw();
    if (raw == null) {
      value = field.getBody() == null ? "" : field.getBody();
    } else {
      byte[] bytes = raw.toByteArray();
      int colon = field instanceof RawField r ? r.getDelimiterIdx() : indexOf(bytes, (byte) ':');
      value =
          TextDecoding.decodeHeader(
              Arrays.copyOfRange(bytes, colon + 1, bytes.length), name, problems);
    }
    value = FOLD.matcher(value).replaceAll("").strip();
    if (value.length() > MAX_VALUE_CHARS) {
      problems.flag(
          "header "
              + name
              + " is "
              + value.length()
              + " characters long; cut to "
              + MAX_VALUE_CHARS);
      value = value.substring(0, MAX_VALUE_CHARS);
    }
    return value;
  }

  private void checkEncodedWordCharsets(String name, String value) {
    Matcher m = ENCODED_WORD_CHARSET.matcher(value);
    while (m.find()) {
      if (CharsetUtil.lookup(m.group(1)) == null) {
        problems.flag(
            "unknown charset \""
                + m.group(1)
                + "\" in header "
                + name
                + "; that part left encoded");
      }
    }
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
