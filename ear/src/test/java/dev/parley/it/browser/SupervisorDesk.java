package dev.parley.it.browser;

import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;

import dev.parley.it.support.Chromium;
import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo supervisor's browser on the wallboard, with a fake microphone: monitors a live call from
 * its row (Listen, Whisper, Barge, Stop) and reads the monitoring panel's state.
 */
final class SupervisorDesk implements AutoCloseable {
  final ChromeDriver browser;
  private final WebDriverWait wait;

  private SupervisorDesk(ChromeDriver browser) {
    this.browser = browser;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
  }

  /** A new browser logged in as the demo supervisor, its wallboard live. */
  static SupervisorDesk open(URI base) {
    SupervisorDesk desk = new SupervisorDesk(Chromium.startWithMedia());
    Chromium.logIn(desk.browser, desk.wait, base, SUPERVISOR, PASSWORD);
    desk.wait.until(
        ExpectedConditions.textToBe(
            By.cssSelector("[data-testid=area-title]"), "Supervisor dashboard"));
    desk.wait.until(
        ExpectedConditions.textToBe(By.cssSelector("[data-testid=connection]"), "Live"));
    return desk;
  }

  /** Clicks {@code action} (listen, whisper, barge, stop) on the call's row. */
  void monitor(String conversationId, String action) {
    wait.withMessage("the live call " + conversationId + " with a " + action + " button")
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(
                    "[data-testid=live-call][data-contact-id='%s'] [data-testid=monitor-%s]"
                        .formatted(conversationId, action))))
        .click();
  }

  /** Waits until the monitoring panel shows {@code state} and {@code mode} (null: any). */
  void awaitMonitor(String state, String mode) {
    wait.withMessage(
            () ->
                "monitoring %s %s (is %s %s; error %s)"
                    .formatted(
                        state,
                        mode,
                        attribute("data-monitor-state"),
                        attribute("data-monitor-mode"),
                        error()))
        .until(
            d ->
                state.equals(attribute("data-monitor-state"))
                    && (mode == null || mode.equals(attribute("data-monitor-mode"))));
  }

  private String attribute(String name) {
    return browser.findElements(By.cssSelector("[data-testid=monitor]")).stream()
        .findFirst()
        .map(e -> e.getDomAttribute(name))
        .orElse(null);
  }

  String error() {
    return browser.findElements(By.cssSelector("[data-testid=monitor-error]")).stream()
        .findFirst()
        .map(e -> e.getText())
        .orElse(null);
  }

  @Override
  public void close() {
    browser.quit();
  }
}
