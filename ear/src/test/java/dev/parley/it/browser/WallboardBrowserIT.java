package dev.parley.it.browser;

import static dev.parley.it.support.DemoAccounts.ADMIN;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.Chromium;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, as a supervisor on the wallboard (the supervisor area's home): a
 * contact that arrives and an agent who goes on break show up live, with no reload of the page.
 */
@ExtendWith(SharedServer.class)
class WallboardBrowserIT {

  private ParleyServer server;
  private ChatAdmin setup;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser(ParleyServer server) {
    this.server = server;
    this.setup = new ChatAdmin(server.baseUri());
    browser = Chromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aSupervisorSeesContactsArriveAndAgentsGoOnBreakLive() throws Exception {
    String queue = setup.queue();
    String agent = setup.agent(queue, "Wally Board");
    Chromium.logIn(browser, wait, server.baseUri(), SUPERVISOR, PASSWORD);
    wait.until(
        ExpectedConditions.textToBe(
            By.cssSelector("[data-testid=area-title]"), "Supervisor dashboard"));
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=connection]"), "Live"));
    awaitText(queueCell(queue, "queue-waiting"), "0");
    // Gone if the page were loaded again: what follows must come without a reload.
    browser.executeScript("window.__wallboardNotReloaded = true;");

    var contact =
        ApiClient.loggedIn(server.baseUri(), ADMIN, PASSWORD)
            .post(
                "api/contacts",
                "{\"channel\":\"CHAT\",\"queue\":\"%s\",\"customer\":\"cust-%s\"}"
                    .formatted(queue, UUID.randomUUID()));
    assertThat(contact.status()).as(contact.body()).isEqualTo(201);

    awaitText(queueCell(queue, "queue-waiting"), "1");
    awaitText(
        By.cssSelector(queueRow(queue) + " [data-testid=queue-channel-waiting][data-channel=CHAT]"),
        "1");

    ApiClient desk = ApiClient.loggedIn(server.baseUri(), agent, ChatAdmin.AGENT_PASSWORD);
    var onBreak = putPresence(desk, "{\"presence\":\"BREAK\",\"reason\":\"Lunch\"}");
    assertThat(onBreak.statusCode()).as(onBreak.body()).isEqualTo(200);

    String agentRow = "[data-testid=wallboard-agent][data-username='" + agent + "']";
    wait.until(
        ExpectedConditions.attributeToBe(By.cssSelector(agentRow), "data-presence", "BREAK"));
    awaitText(By.cssSelector(agentRow + " [data-testid=agent-presence]"), "On break: Lunch");
    awaitText(queueCell(queue, "queue-on-break"), "1");
    // The break's duration ticks in the page.
    WebElement elapsed =
        browser.findElement(By.cssSelector(agentRow + " [data-testid=agent-elapsed]"));
    String first = elapsed.getText();
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                !d.findElement(By.cssSelector(agentRow + " [data-testid=agent-elapsed]"))
                    .getText()
                    .equals(first));
    assertThat(browser.executeScript("return window.__wallboardNotReloaded === true;"))
        .isEqualTo(true);
    assertThat(browser.findElement(By.cssSelector("[data-testid=wallboard-summary]")).getText())
        .contains("waiting")
        .contains("on break");
    Chromium.screenshot(browser, "wallboard");
  }

  private static String queueRow(String queue) {
    return "[data-testid=wallboard-queue][data-queue='" + queue + "']";
  }

  private static By queueCell(String queue, String testId) {
    return By.cssSelector(queueRow(queue) + " [data-testid=" + testId + "]");
  }

  private void awaitText(By cell, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .withMessage(() -> cell + " shows \"" + text + "\"")
        .until(d -> d.findElements(cell).stream().anyMatch(e -> e.getText().trim().equals(text)));
  }

  private static HttpResponse<String> putPresence(ApiClient agent, String json)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(agent.base().resolve("api/agent/presence"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Cookie", agent.sessionCookieHeader())
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
