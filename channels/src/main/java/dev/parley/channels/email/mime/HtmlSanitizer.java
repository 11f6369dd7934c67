package dev.parley.channels.email.mime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.CssSchema;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Makes the HTML body of an e-mail safe to show in the agent's workstation, with the OWASP
 * java-html-sanitizer. Kept: ordinary formatting (paragraphs, lists, tables, headings, quotes, pre
 * and code, fonts), images, links to http, https and mailto (opened in a new tab, with rel
 * noopener, noreferrer and nofollow) and the inline styles of the library's default CSS list.
 * Removed: scripts, event handlers, style sheets, forms, frames, objects, meta and base elements,
 * and every URL scheme that can run code ({@code javascript:}, {@code vbscript:}, {@code data:}
 * other than raster images). Images: {@code cid:} ones are rewritten to where Parley serves that
 * attachment; http and https ones (also CSS {@code url()}) are removed and counted unless the
 * policy is {@link RemoteContent#ALLOW}; {@code data:} ones are kept only as PNG, JPEG, GIF or
 * WebP. Thread-safe.
 */
public final class HtmlSanitizer {

  private static final Pattern DATA_IMAGE =
      Pattern.compile("(?i)data:image/(png|jpeg|gif|webp)(;[a-z0-9=._-]*)*,[a-z0-9+/=%\\s]*");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}%?");
  private static final Pattern ALIGN =
      Pattern.compile("(?i)left|right|center|justify|top|middle|bottom");

  private static final String[] ELEMENTS = {
    "p",
    "br",
    "div",
    "span",
    "b",
    "i",
    "u",
    "s",
    "strike",
    "strong",
    "em",
    "small",
    "big",
    "sub",
    "sup",
    "font",
    "center",
    "hr",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "colgroup",
    "col",
    "blockquote",
    "pre",
    "code",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "img"
  };

  /** Blocks remote content and drops {@code cid:} images (when no attachment URLs are known). */
  public SanitizedHtml sanitize(String html) {
    return sanitize(html, RemoteContent.BLOCK, cid -> null);
  }

  /**
   * Sanitizes {@code html} (null: empty). {@code cidToUrl} maps a Content-ID (without brackets) to
   * the URL of that attachment, or null to drop the image.
   */
  public SanitizedHtml sanitize(
      String html, RemoteContent policy, Function<String, String> cidToUrl) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(cidToUrl, "cidToUrl");
    ImageUrls images = new ImageUrls(policy, cidToUrl);
    String safe = policy(images).sanitize(html == null ? "" : html);
    return new SanitizedHtml(safe, images.blocked);
  }

  private static PolicyFactory policy(ImageUrls images) {
    return new HtmlPolicyBuilder()
        .allowElements(ELEMENTS)
        .allowElements(HtmlSanitizer::openLinksInNewTab, "a")
        // cid and data must pass the library's scheme filter to reach ImageUrls, which decides;
        // links get their own stricter check (linkUrl) so neither can end up in an href.
        .allowUrlProtocols("http", "https", "mailto", "cid", "data")
        .allowAttributes("href")
        .matching(HtmlSanitizer::linkUrl)
        .onElements("a")
        .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
        .allowAttributes("src")
        .matching(images)
        .onElements("img")
        .allowAttributes("alt")
        .onElements("img")
        .allowAttributes("width", "height")
        .matching(NUMBER)
        .onElements("img", "table", "td", "th", "col")
        .allowAttributes("align", "valign")
        .matching(ALIGN)
        .onElements(ELEMENTS)
        .allowAttributes("colspan", "rowspan")
        .matching(NUMBER)
        .onElements("td", "th")
        .allowAttributes("border", "cellpadding", "cellspacing")
        .matching(NUMBER)
        .onElements("table")
        .allowAttributes("color", "face", "size")
        .onElements("font")
        .allowAttributes("title", "dir", "lang")
        .globally()
        .allowStyling(CssSchema.DEFAULT)
        .allowUrlsInStyles(images)
        .toFactory();
  }

  private static String openLinksInNewTab(String element, List<String> attributes) {
    if (attributes.contains("href")) {
      attributes.add("target");
      attributes.add("_blank");
    }
    return element;
  }

  private static String linkUrl(String element, String attribute, String value) {
    String url = value.strip().toLowerCase(Locale.ROOT);
    boolean allowed =
        url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:");
    return allowed ? value.strip() : null;
  }

  /**
   * Decides every image URL (img src and CSS url()) of one sanitizing run, counting blocked ones.
   */
  private static final class ImageUrls implements AttributePolicy {
    private final RemoteContent policy;
    private final Function<String, String> cidToUrl;
    int blocked;

    ImageUrls(RemoteContent policy, Function<String, String> cidToUrl) {
      this.policy = policy;
      this.cidToUrl = cidToUrl;
    }

    @Override
    public String apply(String element, String attribute, String value) {
      String url = value.strip();
      String lower = url.toLowerCase(Locale.ROOT);
      if (lower.startsWith("cid:")) {
        return cidToUrl.apply(contentId(url.substring(4)));
      }
      if (lower.startsWith("data:")) {
        return DATA_IMAGE.matcher(url).matches() ? url : null;
      }
      if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//")) {
        if (policy == RemoteContent.ALLOW) {
          return lower.startsWith("//") ? "https:" + url : url;
        }
        blocked++;
        return null;
      }
      return null; // relative URLs mean nothing in a mail; other schemes are never images
    }

    /**
     * A cid: URL's Content-ID (RFC 2392: %-encoded); as written when it is not valid %-encoding.
     */
    private static String contentId(String encoded) {
      try {
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return encoded;
      }
    }
  }
}
