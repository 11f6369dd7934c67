package dev.parley.channels.email.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

  private static final Function<String, String> ATTACHMENTS = cid -> "/api/attachments/" + cid;

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  private SanitizedHtml blocked(String html) {
    return sanitizer.sanitize(html, RemoteContent.BLOCK, ATTACHMENTS);
  }

  private String clean(String html) {
    return blocked(html).html();
  }

  @Test
  void keepsOrdinaryFormatting() {
    String html =
        "<h2>Title</h2><p>Some <b>bold</b>, <i>italic</i>, <u>under</u>, <strong>strong</strong>, <em>em</em>.<br>"
            + "Next</p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quoted</blockquote>"
            + "<pre><code>code()</code></pre><div><span>span</span></div>"
            + "<table border=\"1\"><tr><td colspan=\"2\">cell</td></tr></table>";

    assertThat(clean(html))
        .isEqualTo(
            "<h2>Title</h2><p>Some <b>bold</b>, <i>italic</i>, <u>under</u>, <strong>strong</strong>, <em>em</em>.<br />"
                + "Next</p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quoted</blockquote>"
                + "<pre><code>code()</code></pre><div>span</div>"
                + "<table border=\"1\"><tbody><tr><td colspan=\"2\">cell</td></tr></tbody></table>");
  }

  @Test
  void linksOpenInANewTabWithoutReferrerOrFollow() {
    assertThat(
            clean("<a href=\"https://example.com/a\">a</a><a href=\"mailto:x@example.com\">m</a>"))
        .isEqualTo(
            "<a href=\"https://example.com/a\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">a</a>"
                + "<a href=\"mailto:x&#64;example.com\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">m</a>");
  }

  @Test
  void removesScriptsAndTheirText() {
    assertThat(clean("<p>a</p><script>alert('x')</script><p>b</p>")).isEqualTo("<p>a</p><p>b</p>");
  }

  @Test
  void removesEventHandlers() {
    assertThat(
            clean("<img src=x onerror=\"alert(1)\"><p onclick=\"x()\" onmouseover=\"y()\">p</p>"))
        .isEqualTo("<p>p</p>");
  }

  @Test
  void removesSvgWithOnload() {
    assertThat(clean("<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>ok")).isEqualTo("ok");
  }

  @Test
  void removesJavascriptAndVbscriptLinksInAnySpelling() {
    assertThat(
            clean(
                "<a href=\"javascript:alert(1)\">1</a><a href=\"JaVaScRiPt:alert(2)\">2</a>"
                    + "<a href=\"java&#x09;script:alert(3)\">3</a><a href=\"vbscript:msgbox(4)\">4</a>"
                    + "<a href=\"data:text/html,&lt;script&gt;alert(5)&lt;/script&gt;\">5</a>"))
        .isEqualTo("12345");
  }

  @Test
  void removesStyleExpressionsButKeepsSafeStyles() {
    assertThat(clean("<p style=\"width: expression(alert(1)); color: blue\">e</p>"))
        .isEqualTo("<p style=\"color:blue\">e</p>");
  }

  @Test
  void removesMetaRefreshBaseAndStyleElements() {
    assertThat(
            clean(
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">"
                    + "<base href=\"https://evil.example/\"><style>p { color: red }</style><p>x</p>"))
        .isEqualTo("<p>x</p>");
  }

  @Test
  void removesFormsIframesAndObjects() {
    assertThat(
            clean(
                "<form action=\"https://evil.example/\"><input name=\"password\"><button>Go</button></form>"
                    + "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"
                    + "<object data=\"x.swf\"></object><embed src=\"x.swf\"><p>x</p>"))
        .isEqualTo("Go<p>x</p>");
  }

  @Test
  void blocksRemoteImagesAndCssUrlsAndCountsThem() {
    SanitizedHtml result =
        blocked(
            "<img src=\"https://tracker.example/p.gif\" alt=\"pixel\"><img src=\"http://x.example/a.png\">"
                + "<img src=\"//cdn.example/b.png\">"
                + "<div style=\"background-image: url('https://tracker.example/bg.png'); color: red\">t</div>");

    assertThat(result.blockedRemote()).isEqualTo(4);
    assertThat(result.html())
        .doesNotContain("example/")
        .isEqualTo("<img alt=\"pixel\" /><div style=\"color:red\">t</div>");
  }

  @Test
  void allowModeKeepsRemoteImagesAndCssUrls() {
    SanitizedHtml result =
        sanitizer.sanitize(
            "<img src=\"https://x.example/a.png\"><img src=\"//cdn.example/b.png\">"
                + "<div style=\"background-image: url('https://x.example/bg.png')\">t</div>",
            RemoteContent.ALLOW,
            ATTACHMENTS);

    assertThat(result.blockedRemote()).isZero();
    assertThat(result.html())
        .contains(
            "<img src=\"https://x.example/a.png\" />", "<img src=\"https://cdn.example/b.png\" />")
        .contains("url(&#39;https://x.example/bg.png&#39;)");
  }

  @Test
  void cidImagesAreRewrittenToAttachmentUrlsInBothModes() {
    String html = "<img src=\"cid:logo@parley.test\"><img src=\"cid:%3Cpart1%3E\">";

    assertThat(clean(html))
        .isEqualTo(
            "<img src=\"/api/attachments/logo&#64;parley.test\" /><img src=\"/api/attachments/&lt;part1&gt;\" />");
    assertThat(sanitizer.sanitize(html, RemoteContent.ALLOW, ATTACHMENTS).html())
        .isEqualTo(clean(html));
  }

  @Test
  void anUnknownCidIsDropped() {
    assertThat(
            sanitizer
                .sanitize("<img src=\"cid:nope\" alt=\"a\">", RemoteContent.BLOCK, cid -> null)
                .html())
        .isEqualTo("<img alt=\"a\" />");
  }

  @Test
  void dataImagesOnlyForRasterFormats() {
    String png = "<img src=\"data:image/png;base64,iVBORw0KGgo=\">";
    String svg = "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">";
    String html = "<img src=\"data:text/html;base64,PHNjcmlwdD4=\">";

    assertThat(clean(png)).isEqualTo("<img src=\"data:image/png;base64,iVBORw0KGgo&#61;\" />");
    assertThat(clean(svg + html)).isEmpty();
  }

  @Test
  void theHostileCorpusMessageComesOutHarmless() {
    ParsedMail mail = new MailParser().parse(MailParserCorpusTest.corpus("html-hostile.eml"));

    SanitizedHtml result = blocked(mail.html());

    assertThat(result.html())
        .doesNotContainIgnoringCase("script")
        .doesNotContainIgnoringCase("onerror")
        .doesNotContainIgnoringCase("onload")
        .doesNotContainIgnoringCase("javascript")
        .doesNotContain(
            "tracker.example", "evil.example", "<form", "<iframe", "<meta", "<base", "<style")
        .contains(
            "<p>Dear agent,</p>", "<p>Regards</p>", "<div style=\"color:red\">Red text</div>");
    assertThat(result.blockedRemote()).isEqualTo(2);
  }

  @Test
  void nullIsEmpty() {
    assertThat(sanitizer.sanitize(null)).isEqualTo(new SanitizedHtml("", 0));
  }

  @Test
  void theOutputIsStableWhenSanitizedAgain() {
    String once =
        new String(MailParserCorpusTest.corpus("html-hostile.eml"), StandardCharsets.UTF_8);
    String twice = clean(clean(once));
    assertThat(clean(twice)).isEqualTo(twice);
  }
}
