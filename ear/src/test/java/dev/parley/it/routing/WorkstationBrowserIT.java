package dev.parley.it.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.Chromium;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent workstation end to end in a real browser against the running server: presence, an offer
 * pushed over the agent's socket with its countdown, accept and reject, the active contact, wrap-up
 * with a disposition, and a break that withdraws offers and keeps new ones away. What the page
 * shows is checked against what routing stored (the admin API).
 */
@ExtendWith(SharedServer.class)
class WorkstationBrowserIT {

  private ParleyServer server;
  private RoutingSetup setup;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser(ParleyServer server) {
    this.server = server;
    setup = new RoutingSetup(server.baseUri());
    browser = Chromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anAgentTakesAnOfferThroughToWrapUpWithADisposition() throws IOException {
    String queue = setup.queue(120);
    String agent = setup.agentServing(queue);
    logInAndGoAvailable(agent);

    // Ann called earlier from a number linked to her: that call waits in another queue.
    String phone =
        "+4560" + (100_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(899_999));
    String earlier = setup.contact("VOICE", setup.queue(), phone).json().getString("id");
    var linked =
        setup.admin().post("api/customers/browser-ann/links", "{\"identity\":\"" + phone + "\"}");
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    String id = setup.contact(queue, "browser-ann").json().getString("id");

    WebElement offer = wait.until(ExpectedConditions.visibilityOfElementLocated(testId("offer")));
    assertThat(offer.findElement(testId("offer-customer")).getText()).isEqualTo("browser-ann");
    assertThat(offer.findElement(testId("offer-queue")).getText()).isEqualTo(queue);
    String countdown = offer.findElement(testId("offer-countdown")).getText();
    assertThat(countdown).as("m:ss left of a 120 s offer").matches("[12]:[0-5]\\d");
    // Rounded up from the page's clock, which may be a moment behind the server's.
    assertThat(seconds(countdown)).isBetween(100, 121);
    wait.until(d -> !countdown.equals(d.findElement(testId("offer-countdown")).getText()));
    assertThat(seconds(offer.findElement(testId("offer-countdown")).getText()))
        .isLessThan(seconds(countdown));
    Chromium.screenshot(browser, "workstation-offer");

    offer.findElement(testId("accept-offer")).click();

    wait.until(ExpectedConditions.invisibilityOfElementLocated(testId("offer")));
    WebElement active =
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("active-contact")));
    wait.until(d -> stateShown("Active"));
    assertThat(stored(id).getString("state")).isEqualTo("ACTIVE");

    active.findElement(testId("history-toggle")).click();
    WebElement past =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=history-entry][data-contact='" + earlier + "']")));
    assertThat(past.findElement(testId("history-channel")).getText())
        .isEqualToIgnoringCase("Voice call");
    assertThat(past.getText()).contains(phone).containsIgnoringCase("QUEUED");
    assertThat(
            browser.findElements(
                By.cssSelector("[data-testid=history-entry][data-contact='" + id + "']")))
        .as("the open contact itself is not listed")
        .isEmpty();
    Chromium.screenshot(browser, "workstation-history");

    active.findElement(testId("end-contact")).click();

    wait.until(d -> stateShown("Wrap-up"));
    assertThat(stored(id).getString("state")).isEqualTo("WRAP_UP");
    // Chosen with the keyboard, as a user would: the browser then fires "input" as well as
    // "change" (WebDriver's option click fires only "change", which the form does not read).
    browser.findElement(testId("disposition")).sendKeys("RESOLVED");
    assertThat(
            new Select(browser.findElement(testId("disposition")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("RESOLVED");
    Chromium.screenshot(browser, "workstation-wrap-up");
    browser.findElement(testId("finish-wrap-up")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(testId("active-contact")));
    JsonObject closed = stored(id);
    assertThat(closed.getString("state")).isEqualTo("CLOSED");
    assertThat(closed.getString("disposition")).isEqualTo("RESOLVED");
    assertThat(closed.getString("assignedAgent")).isEqualTo(agent);
  }

  @Test
  void aRejectedOfferIsRecordedAndABreakWithdrawsOffersAndKeepsNewOnesAway() {
    String queue = setup.queue(120);
    String agent = setup.agentServing(queue);
    logInAndGoAvailable(agent);

    String first = setup.contact(queue, "browser-bob").json().getString("id");
    wait.until(ExpectedConditions.visibilityOfElementLocated(testId("offer")))
        .findElement(testId("reject-offer"))
        .click();

    // The agent is the queue's only one, so routing offers the contact to it again.
    await("the rejection is in the contact's history")
        .atMost(Duration.ofSeconds(10))
        .until(() -> historyKinds(first).contains("OFFER_DECLINED"));
    wait.until(ExpectedConditions.textToBe(testId("offer-customer"), "browser-bob"));

    Select reasons = new Select(browser.findElement(testId("break-reason")));
    assertThat(reasons.getOptions()).as("break reasons to choose from").isNotEmpty();
    reasons.selectByIndex(0);
    browser.findElement(testId("go-break")).click();

    wait.until(ExpectedConditions.attributeToBe(testId("presence"), "data-presence", "BREAK"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(testId("offer")));
    assertThat(stored(first).getString("state")).as("withdrawn, waiting again").isEqualTo("QUEUED");
    assertThat(historyKinds(first)).contains("OFFER_WITHDRAWN");

    String second = setup.contact(queue, "browser-cy").json().getString("id");

    assertThat(stored(second).getString("state")).isEqualTo("QUEUED");
    assertThat(browser.findElements(testId("offer"))).as("no offer while on a break").isEmpty();

    browser.findElement(testId("go-available")).click();
    // Back from the break the agent has room for two chats: both waiting contacts ring.
    wait.until(ExpectedConditions.numberOfElementsToBe(testId("offer"), 2));
    assertThat(browser.findElements(testId("offer-customer")).stream().map(WebElement::getText))
        .containsExactlyInAnyOrder("browser-bob", "browser-cy");
    assertThat(stored(second).getString("state")).isEqualTo("OFFERED");
  }

  /** The kinds of the contact's stored history, oldest first. */
  private List<String> historyKinds(String id) {
    ApiClient.Reply reply = setup.admin().get("api/contacts/" + id);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("history").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("kind"))
        .toList();
  }

  /** Whether the active contact's card shows {@code label} (styled in capitals, hence any case). */
  private boolean stateShown(String label) {
    return browser.findElements(testId("contact-state")).stream()
        .anyMatch(e -> e.getText().strip().equalsIgnoreCase(label));
  }

  /** Seconds in an {@code m:ss} countdown. */
  private static int seconds(String countdown) {
    String[] parts = countdown.split(":");
    return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
  }

  private void logInAndGoAvailable(String agent) {
    Chromium.logIn(browser, wait, server.baseUri(), agent, RoutingSetup.AGENT_PASSWORD);
    wait.until(ExpectedConditions.textToBe(testId("area-title"), "Agent workstation"));
    wait.until(ExpectedConditions.textToBe(testId("connection"), "Live"));
    wait.until(ExpectedConditions.elementToBeClickable(testId("go-available"))).click();
    wait.until(ExpectedConditions.attributeToBe(testId("presence"), "data-presence", "AVAILABLE"));
  }

  /** The contact as routing stored it. */
  private JsonObject stored(String id) {
    ApiClient.Reply reply = setup.admin().get("api/contacts/" + id);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonObject("contact");
  }

  private static By testId(String id) {
    return By.cssSelector("[data-testid=" + id + "]");
  }
}
