package dev.parley.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Voicemail end to end (ADR 0020), peer to peer: a visitor calls a queue that is closed and sends
 * its calls to voicemail; the widget says so, plays the prompt, records a few seconds from the fake
 * microphone and sends them; the message becomes a VOICEMAIL contact offered to the queue's agent,
 * whose workstation shows it with a player that plays it (the media GET answers audio/webm, 200 and
 * 206); the agent ends it and finishes the wrap-up.
 */
@ExtendWith(SharedServer.class)
class VoicemailBrowserIT {

  private final List<AutoCloseable> browsers = new ArrayList<>();

  @AfterEach
  void closeBrowsers() throws Exception {
    for (int i = browsers.size() - 1; i >= 0; i--) {
      browsers.get(i).close();
    }
  }

  @Test
  void afterHoursACallerLeavesAVoicemailWhichBecomesAContactAnAgentPlays(ParleyServer server)
      throws Exception {
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String queue = admin.closedVoicemailQueue(30);
    String entryPoint = admin.entryPoint(queue, CallBrowserIT.pageOrigin(server.baseUri()));
    String username = admin.agent(queue, "Vera Voicemail");
    Workstation agent = Workstation.available(server.baseUri(), username);
    browsers.add(agent);
    WidgetPage visitor = WidgetPage.openWithMedia(server.baseUri(), entryPoint);
    browsers.add(visitor);

    visitor.openPanel();
    visitor.chooseCall("VOICE", "Walter Waiting", "billing");
    clickWhenEnabled(visitor, "call-start");
    WebElement told = visitor.awaitShown("voicemail");
    assertThat(told.getText()).contains("leave a message");
    clickWhenEnabled(visitor, "voicemail-record");
    visitor.awaitShown("voicemail-countdown");
    int startedAt = Integer.parseInt(visitor.element("voicemail-countdown").getText().trim());
    assertThat(startedAt).isBetween(25, 30);
    agent
        .waiting(Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(
            d ->
                Integer.parseInt(visitor.element("voicemail-countdown").getText().trim())
                    <= startedAt - 4);
    visitor.element("voicemail-send").click();
    visitor.awaitShown("voicemail-sent");

    WebElement offer =
        agent
            .waiting(Duration.ofSeconds(60))
            .until(ExpectedConditions.visibilityOfElementLocated(Workstation.testId("offer")));
    assertThat(offer.getText()).contains("Voicemail");
    offer.findElement(Workstation.testId("accept-offer")).click();
    agent
        .waiting(Duration.ofSeconds(30))
        .until(
            ExpectedConditions.visibilityOfElementLocated(Workstation.testId("voicemail-audio")));
    assertThat(agent.text("voicemail-caller")).isEqualTo("Walter Waiting");

    String contactId =
        (String)
            agent.script(
                "const a = document.querySelector('[data-testid=voicemail-audio]');"
                    + " return a.getAttribute('src').split('/').slice(-2)[0];");
    @SuppressWarnings("unchecked")
    Map<String, Object> whole =
        (Map<String, Object>)
            async(
                agent,
                "fetch('/api/agent/voicemails/"
                    + contactId
                    + "/media').then(async r => done({status: r.status,"
                    + " type: r.headers.get('Content-Type'), size: (await r.arrayBuffer()).byteLength}));");
    assertThat(whole.get("status")).isEqualTo(200L);
    assertThat((String) whole.get("type")).startsWith("audio/webm");
    assertThat((Long) whole.get("size")).isGreaterThan(1000L);
    @SuppressWarnings("unchecked")
    Map<String, Object> range =
        (Map<String, Object>)
            async(
                agent,
                "fetch('/api/agent/voicemails/"
                    + contactId
                    + "/media', {headers: {Range: 'bytes=0-99'}}).then(async r => done({status:"
                    + " r.status, size: (await r.arrayBuffer()).byteLength}));");
    assertThat(range.get("status")).isEqualTo(206L);
    assertThat(range.get("size")).isEqualTo(100L);

    agent.script(
        "const a = document.querySelector('[data-testid=voicemail-audio]');"
            + " a.muted = true; a.play();");
    agent
        .waiting(Duration.ofSeconds(20))
        .until(
            d ->
                ((Number)
                            agent.script(
                                "return document.querySelector('[data-testid=voicemail-audio]')"
                                    + ".currentTime;"))
                        .doubleValue()
                    > 1.0);
    Object duration =
        agent.script("return document.querySelector('[data-testid=voicemail-audio]').duration;");
    assertThat(((Number) duration).doubleValue()).as("the message's length").isGreaterThan(2.0);

    agent.end();
    agent.finishWrapUp("RESOLVED");
    agent
        .waiting(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.invisibilityOfElementLocated(Workstation.testId("voicemail-audio")));
  }

  /** Runs {@code js} in the agent's page; it calls {@code done(value)} with its answer. */
  private static Object async(Workstation agent, String js) {
    return ((org.openqa.selenium.JavascriptExecutor) agent.browser)
        .executeAsyncScript("const done = arguments[arguments.length - 1]; " + js);
  }

  private static void clickWhenEnabled(WidgetPage page, String testId) {
    new org.openqa.selenium.support.ui.WebDriverWait(page.browser, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(
            d -> {
              WebElement e = page.element(testId);
              if (e.isEnabled()) {
                e.click();
                return true;
              }
              return false;
            });
  }
}
