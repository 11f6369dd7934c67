package dev.parley.channels.email.mime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void blocksBecomeLinesAndEntitiesTheirCharacters() {
    String html =
        "<html><head><title>t</title><style>p{color:red}</style></head><body>"
            + "<h1>Order   &amp; invoice</h1><p>Dear\n   customer,</p><ul><li>one</li><li>two</li></ul>"
            + "<div>caf&eacute; &lt;3</div><script>var x = 1;</script></body></html>";

    assertThat(HtmlText.render(html))
        .isEqualTo("Order & invoice\n\nDear customer,\n\n• one\n• two\n\ncafé <3");
  }

  @Test
  void brokenHtmlStillGivesItsText() {
    assertThat(HtmlText.render("<p>unclosed <b>bold <div>and <i>more"))
        .isEqualTo("unclosed bold\nand more");
  }
}
