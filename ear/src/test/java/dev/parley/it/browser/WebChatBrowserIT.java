package dev.parley.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Web chat end to end in headless Chromium: each visitor and each agent has a browser of their own
 * (own profile, storage and cookies). The visitor is on a customer's page of another origin than
 * Parley's — the demo page on {@code http://127.0.0.1:<port>} with the widget from {@code
 * http://localhost:<port>} — and agents work in the workstation. What the pages show is checked
 * against each other and against what the server stored.
 */
@ExtendWith(SharedServer.class)
class WebChatBrowserIT {

  private final List<AutoCloseable> browsers = new ArrayList<>();

  @AfterEach
  void closeBrowsers() throws Exception {
    for (int i = browsers.size() - 1; i >= 0; i--) {
      browsers.get(i).close();
    }
  }

  @Test
  void aVisitorOnAnotherOriginPicksAMenuOptionChatsAndTheAgentSeesTheirEarlierChatNextTime(
      ParleyServer server) {
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String queue = admin.queue();
    String entryPoint = admin.entryPoint(queue, pageOrigin(server.baseUri()));
    Workstation ada = agent(server.baseUri(), admin.agent(queue, "Ada Agent"));
    WidgetPage visitor = visitor(server.baseUri(), entryPoint);

    assertThat(visitor.pageOrigin()).isEqualTo(pageOrigin(server.baseUri()));
    assertThat(visitor.widgetServer()).isEqualTo("http://localhost:" + server.baseUri().getPort());
    visitor.openPanel();
    visitor.choose("tech", "tech-app");
    visitor.startAs("Vera");
    String first = ada.acceptOffer();
    visitor.awaitEvent("Ada Agent joined");
    assertThat(visitor.awaitShown("agent-name").getText()).isEqualTo("Ada Agent");

    Shown hello = visitor.awaitMessage("AGENT", ada.say("Hello Vera, how can I help?").text());
    assertThat(hello.author()).isEqualTo("Ada Agent");
    Shown question = visitor.say("My app logs me out all the time");
    assertThat(ada.awaitMessage("My app logs me out all the time"))
        .extracting(Shown::seq, Shown::role)
        .containsExactly(question.seq(), "CUSTOMER");
    visitor.screenshot("webchat-visitor-chatting");
    ada.screenshot("webchat-agent-chatting");
    assertThat(admin.conversation(first).getString("option")).isEqualTo("tech-app");
    assertThat(admin.conversation(first).getJsonObject("visitor").getString("name"))
        .isEqualTo("Vera");

    visitor.endChat();
    ada.awaitMessage("The customer ended the chat.");
    ada.end();
    ada.finishWrapUp("RESOLVED");
    ada.awaitNoTab(first);

    // The same visitor (same browser, same signed token) comes back with another question.
    visitor.startOver();
    visitor.choose("billing");
    visitor.startAs("Vera");
    String second = ada.acceptOffer();
    assertThat(second).isNotEqualTo(first);
    WebElement transcript = ada.openHistoryTranscript(first);
    ada.waiting(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElement(
                transcript, "My app logs me out all the time"));
    assertThat(transcript.getText()).contains("Hello Vera, how can I help?");
    ada.screenshot("webchat-agent-history");
  }

  @Test
  void anAgentPullsInAnExpertVisiblyAndOnePrivatelyTransfersToAQueueAndTheVisitorRatesTheChat(
      ParleyServer server) {
    URI base = server.baseUri();
    ChatAdmin admin = new ChatAdmin(base);
    String queue = admin.queue();
    String secondLine = admin.queue();
    String tax = admin.newSkill("tax");
    String entryPoint = admin.entryPoint(queue, pageOrigin(base));
    Workstation ada = agent(base, admin.agent(queue, "Ada Agent"));
    Workstation tom = agent(base, admin.agent(admin.queue(), "Tom Taxman", tax));
    // Quinn helps privately first, then serves the queue the chat is transferred to.
    Workstation quinn = agent(base, admin.agent(secondLine, "Quinn Colleague"));
    WidgetPage visitor = visitor(base, entryPoint);
    visitor.openPanel();
    visitor.choose("billing");
    visitor.startAs("Walter");
    String chat = ada.acceptOffer();
    visitor.awaitMessage("AGENT", ada.say("Hi Walter!").text());
    ada.awaitMessage(visitor.say("Is VAT included in the price?").text());

    // An expert by skill, who joins visibly.
    ada.consultBySkill(tax, false, "VAT question");
    assertThat(tom.acceptOffer()).isEqualTo(chat);
    assertThat(tom.text("consult-banner"))
        .contains("the customer sees your messages")
        .contains("VAT question");
    tom.awaitMessage("Is VAT included in the price?");
    visitor.awaitEvent("Tom Taxman joined");
    Shown answer = visitor.awaitMessage("EXPERT", tom.say("Yes, 25 % VAT is included.").text());
    assertThat(answer.author()).isEqualTo("Tom Taxman");
    ada.awaitMessage("Yes, 25 % VAT is included.");
    visitor.screenshot("webchat-visitor-expert");
    tom.leaveConsult();
    tom.awaitNoTab(chat);
    visitor.awaitEvent("Tom Taxman left");

    // A colleague by name, privately: only agents see it.
    ada.consultColleague(quinn.username, true, "Can we give a discount?");
    assertThat(quinn.acceptOffer()).isEqualTo(chat);
    assertThat(quinn.text("consult-banner"))
        .contains("the customer does not see your messages")
        .contains("Can we give a discount?");
    quinn.say("Offer them 10 % off.");
    ada.awaitMessage("Offer them 10 % off.");
    ada.screenshot("webchat-agent-private-consult");
    // Delivered in order: once this shows, anything said before it would have shown too.
    visitor.awaitMessage("AGENT", ada.say("We can give you a discount.").text());
    assertThat(visitor.messages())
        .extracting(Shown::text)
        .noneMatch(t -> t.contains("10 % off") || t.contains("Quinn") || t.contains("discount?"));
    quinn.leaveConsult();
    quinn.awaitNoTab(chat);

    // Transfer to Quinn's queue with a note for whoever takes it.
    ada.transferToQueue(secondLine, "apply 10 % to order 42");
    ada.awaitNoTab(chat);
    assertThat(quinn.acceptOffer()).isEqualTo(chat);
    quinn.awaitMessageContaining("apply 10 % to order 42");
    visitor.awaitEvent("transferred the chat");
    visitor.awaitEvent("Quinn Colleague joined");
    visitor.awaitMessage("AGENT", quinn.say("Done: 10 % off order 42.").text());
    assertThat(visitor.messages())
        .extracting(Shown::text)
        .noneMatch(t -> t.contains("order 42") && t.contains("apply"));

    // Wrap-up and the visitor's rating.
    quinn.end();
    visitor.awaitShown("ended");
    quinn.finishWrapUp("RESOLVED");
    quinn.awaitNoTab(chat);
    visitor.rate(4, "Quick and friendly");
    visitor.screenshot("webchat-visitor-rated");
    JsonObject rated = awaitRating(admin, chat);
    assertThat(rated.getString("ratingComment")).isEqualTo("Quick and friendly");
    JsonObject contact = admin.contact(chat);
    assertThat(contact.getString("state")).isEqualTo("CLOSED");
    assertThat(contact.getString("disposition")).isEqualTo("RESOLVED");
    assertThat(contact.getString("assignedAgent")).isEqualTo(quinn.username);
  }

  @Test
  void aReloadMidChatShowsEveryMessageOnceAndTheChatGoesOn(ParleyServer server) {
    URI base = server.baseUri();
    ChatAdmin admin = new ChatAdmin(base);
    String queue = admin.queue();
    String entryPoint = admin.entryPoint(queue, pageOrigin(base));
    Workstation ada = agent(base, admin.agent(queue, "Ada Agent"));
    WidgetPage visitor = visitor(base, entryPoint);
    visitor.openPanel();
    visitor.choose("billing");
    visitor.startAs("Rita");
    String chat = ada.acceptOffer();
    for (int i = 1; i <= 3; i++) {
      ada.awaitMessage(visitor.say("question " + i).text());
      visitor.awaitMessage("AGENT", ada.say("answer " + i).text());
    }
    List<Shown> before = visitor.messages();

    visitor.reload();
    visitor.openPanel();
    awaitShowing(visitor, before);

    // Away from the page while the agent writes; back, it shows once.
    visitor.leave();
    Shown whileAway = ada.say("Sent while you were away");
    visitor.comeBack();
    visitor.openPanel();
    visitor.awaitMessage("AGENT", "Sent while you were away");
    List<Shown> expected = Stream.concat(before.stream(), Stream.of(whileAway)).toList();
    awaitShowing(visitor, expected);

    ada.awaitMessage(visitor.say("still here after the reload").text());
    visitor.awaitMessage("AGENT", ada.say("great").text());
    assertOnce(visitor.messages());
    assertOnce(ada.messages());
    assertThat(ada.messages())
        .filteredOn(m -> m.role().equals("CUSTOMER"))
        .extracting(Shown::text)
        .containsExactly("question 1", "question 2", "question 3", "still here after the reload");
    assertThat(admin.contact(chat).getString("state")).isEqualTo("ACTIVE");
  }

  @Test
  void theWidgetShowsNothingOnAPageOfAnOriginTheEntryPointDoesNotAllowAndTheConsoleSaysWhy(
      ParleyServer server) {
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String entryPoint = admin.entryPoint(admin.queue(), "http://shop.example");
    WidgetPage visitor = visitor(server.baseUri(), entryPoint);

    String reason = "origin (" + pageOrigin(server.baseUri()) + ") is not allowed for entry point";
    new org.openqa.selenium.support.ui.WebDriverWait(visitor.browser, Duration.ofSeconds(20))
        .withMessage(() -> "the console says why; it says " + visitor.console())
        .until(
            d ->
                visitor.console().stream()
                    .anyMatch(l -> l.contains(reason) && l.contains(entryPoint)));
    // The widget loaded (its element is on the page) and, refused, renders nothing.
    assertThat(visitor.browser.findElements(org.openqa.selenium.By.cssSelector("parley-widget")))
        .hasSize(1);
    assertThat(visitor.hasLauncher()).isFalse();
    visitor.screenshot("webchat-refused-origin");
  }

  @Test
  void markupSentEitherWayShowsAsTextOnBothSides(ParleyServer server) {
    URI base = server.baseUri();
    ChatAdmin admin = new ChatAdmin(base);
    String queue = admin.queue();
    String entryPoint = admin.entryPoint(queue, pageOrigin(base));
    Workstation ada = agent(base, admin.agent(queue, "Ada Agent"));
    WidgetPage visitor = visitor(base, entryPoint);
    visitor.openPanel();
    visitor.choose("billing");
    visitor.startAs("<b>Mallory</b>");
    ada.acceptOffer();

    String image = "<img src=x onerror=\"window.parleyInjected='img';alert('img')\">";
    String script = "<script>window.parleyInjected='script'</script><b>bold?</b>";
    String link = "<a href=\"javascript:alert(1)\">click me</a><svg onload=alert(2)>";
    ada.awaitMessage(visitor.say(image).text());
    ada.awaitMessage(visitor.say(script).text());
    visitor.awaitMessage("AGENT", ada.say(link).text());
    visitor.awaitMessage("AGENT", ada.say(image).text());

    assertThat(visitor.alertOpen()).isFalse();
    assertThat(visitor.script("return window.parleyInjected === undefined")).isEqualTo(true);
    assertThat(
            visitor.script(
                "return document.querySelector('parley-widget').shadowRoot"
                    + ".querySelectorAll('[data-testid=message-list] :is(img,script,b,a,svg)').length"))
        .isEqualTo(0L);
    assertThat(ada.alertOpen()).isFalse();
    assertThat(ada.script("return window.parleyInjected === undefined")).isEqualTo(true);
    assertThat(
            ada.script(
                "return document.querySelectorAll('parley-conversation-view"
                    + " [data-testid=chat-message] :is(img,script,b,a,svg)').length"))
        .isEqualTo(0L);
    assertThat(ada.messages())
        .filteredOn(m -> m.role().equals("CUSTOMER"))
        .extracting(Shown::text)
        .containsExactly(image, script);
    assertThat(visitor.messages())
        .filteredOn(m -> m.role().equals("AGENT"))
        .extracting(Shown::text)
        .containsExactly(link, image);
    assertThat(ada.text("visitor-name")).isEqualTo("<b>Mallory</b>");
    visitor.screenshot("webchat-visitor-markup-as-text");
    ada.screenshot("webchat-agent-markup-as-text");
  }

  @Test
  void aChatWithoutAFirstReplyInTimeGoesBackToTheQueueAndBothSidesShowIt(ParleyServer server) {
    URI base = server.baseUri();
    ChatAdmin admin = new ChatAdmin(base);
    String queue = admin.queue(",\"firstResponseSeconds\":3");
    String entryPoint = admin.entryPoint(queue, pageOrigin(base));
    Workstation slow = agent(base, admin.agent(queue, "Sam Slow"));
    WidgetPage visitor = visitor(base, entryPoint);
    visitor.openPanel();
    visitor.choose("billing");
    visitor.startAs("Nina");
    visitor.awaitShown("queue-status");
    String chat = slow.acceptOffer();
    visitor.awaitShown("agent-name");
    visitor.say("Hello? Anyone there?");

    assertThat(slow.awaitReturnedNotice().getText()).contains("no first reply");
    slow.awaitNoTab(chat);
    assertThat(visitor.awaitShown("queue-status").getText())
        .contains("An agent will be with you shortly.");
    slow.screenshot("webchat-agent-rona");
    visitor.screenshot("webchat-visitor-rona");
    assertThat(admin.contact(chat).getString("state")).isIn("QUEUED", "OFFERED");
  }

  @Test
  void bothSidesReconnectAfterAServerRestartMidChatAndNothingAcknowledgedIsMissing()
      throws Exception {
    try (ParleyServer server = new ParleyServer("webchat-browser-restart", 360).prepare()) {
      server.start();
      URI base = server.baseUri();
      ChatAdmin admin = new ChatAdmin(base);
      String queue = admin.queue();
      String entryPoint = admin.entryPoint(queue, pageOrigin(base));
      Workstation ada = agent(base, admin.agent(queue, "Ada Agent"));
      WidgetPage visitor = visitor(base, entryPoint);
      visitor.openPanel();
      visitor.choose("billing");
      visitor.startAs("Otto");
      String chat = ada.acceptOffer();
      for (int i = 1; i <= 2; i++) {
        ada.awaitMessage(visitor.say("before the restart " + i).text());
        visitor.awaitMessage("AGENT", ada.say("answer before the restart " + i).text());
      }
      List<Shown> visitorBefore = visitor.messages();
      List<Shown> agentBefore = ada.messages();

      server.stop();
      visitor.awaitShown("connection-status");
      ada.awaitReconnecting();
      server.start();

      Duration back = Duration.ofSeconds(90);
      // The agent's session survives the restart (ADR 0015): the workstation reconnects by
      // itself, no login page in between.
      ada.waiting(back)
          .until(
              ExpectedConditions.or(
                  ExpectedConditions.textToBe(Workstation.testId("connection"), "Live"),
                  ExpectedConditions.urlContains("/login")));
      assertThat(ada.browser.getCurrentUrl()).as("still logged in").doesNotContain("/login");
      new org.openqa.selenium.support.ui.WebDriverWait(visitor.browser, back)
          .until(d -> visitor.connectionLost() == false);
      ada.select(chat);
      ada.awaitMessage(visitor.say("after the restart").text());
      visitor.awaitMessage("AGENT", ada.say("answer after the restart").text());

      assertThat(visitor.messages()).containsSubsequence(visitorBefore);
      assertThat(ada.messages()).containsSubsequence(agentBefore);
      assertOnce(visitor.messages());
      assertOnce(ada.messages());
      visitor.screenshot("webchat-visitor-after-restart");
      ada.screenshot("webchat-agent-after-restart");
    }
  }

  private static JsonObject awaitRating(ChatAdmin admin, String chat) {
    return org.awaitility.Awaitility.await("the rating is stored")
        .atMost(Duration.ofSeconds(10))
        .until(() -> admin.conversation(chat), c -> !c.isNull("rating") && c.getInt("rating") == 4);
  }

  /** Waits until the widget shows exactly {@code expected} (by seq, role and text). */
  private static void awaitShowing(WidgetPage visitor, List<Shown> expected) {
    List<String> wanted = expected.stream().map(WebChatBrowserIT::key).toList();
    new org.openqa.selenium.support.ui.WebDriverWait(visitor.browser, Duration.ofSeconds(20))
        .withMessage(() -> "widget shows " + wanted + "; it shows " + visitor.messages())
        .until(d -> visitor.messages().stream().map(WebChatBrowserIT::key).toList().equals(wanted));
  }

  private static String key(Shown m) {
    return m.seq() + " " + m.role() + " " + m.text();
  }

  /** No seq shows twice. */
  private static void assertOnce(List<Shown> messages) {
    assertThat(messages.stream().map(Shown::seq).toList()).doesNotHaveDuplicates();
  }

  private Workstation agent(URI base, String username) {
    Workstation desk = Workstation.available(base, username);
    browsers.add(desk);
    return desk;
  }

  private WidgetPage visitor(URI base, String entryPoint) {
    WidgetPage page = WidgetPage.open(base, entryPoint);
    browsers.add(page);
    return page;
  }

  /** The customer's page origin: Parley's host under its other name. */
  private static String pageOrigin(URI base) {
    return "http://127.0.0.1:" + base.getPort();
  }
}
