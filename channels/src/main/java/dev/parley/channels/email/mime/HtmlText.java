package dev.parley.channels.email.mime;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * A plain-text rendering of an HTML body, for mail sent as HTML only: the text of the document with
 * line breaks where blocks end, and nothing of scripts or style sheets. It reuses the OWASP
 * sanitizer's lexer, so it reads broken HTML the way {@link
 * dev.parley.channels.email.mime.HtmlSanitizer} does.
 */
final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "tr",
          "table",
          "blockquote",
          "pre",
          "hr",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6");

  /** Blocks set apart by blank lines; the others (div, li, tr…) just start a new line. */
  private static final Set<String> PARAGRAPHS =
      Set.of(
          "p", "blockquote", "pre", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6");

  /** Lets the block elements through (their events mark line breaks); all other text flows. */
  private static final PolicyFactory BLOCK_EVENTS =
      new HtmlPolicyBuilder()
          .allowElements(BLOCKS.toArray(String[]::new))
          .allowWithoutAttributes(BLOCKS.toArray(String[]::new))
          .toFactory();

  private HtmlText() {}

  static String render(String html) {
    StringBuilder out = new StringBuilder();
    HtmlStreamEventReceiver receiver =
        new HtmlStreamEventReceiver() {
          @Override
          public void openDocument() {}

          @Override
          public void closeDocument() {}

          @Override
          public void openTag(String element, List<String> attributes) {
            out.append(
                element.equals("li") ? "\n• " : PARAGRAPHS.contains(element) ? "\n\n" : "\n");
          }

          @Override
          public void closeTag(String element) {
            if (PARAGRAPHS.contains(element)) {
              out.append("\n\n");
            }
          }

          @Override
          public void text(String text) {
            out.append(text.replaceAll("\\s+", " "));
          }
        };
    HtmlSanitizer.sanitize(html, BLOCK_EVENTS.apply(receiver));
    String lines = out.toString().lines().map(String::strip).collect(Collectors.joining("\n"));
    return lines.replaceAll("\n{3,}", "\n\n").strip();
  }
}
