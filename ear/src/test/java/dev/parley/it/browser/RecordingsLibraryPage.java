package dev.parley.it.browser;

import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;

import dev.parley.it.support.Chromium;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The supervisor's recordings library in a browser: search, choose, play and seek. */
final class RecordingsLibraryPage implements AutoCloseable {

  final ChromeDriver browser;
  private final WebDriverWait wait;

  private RecordingsLibraryPage(ChromeDriver browser) {
    this.browser = browser;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
  }

  /** The demo supervisor, logged in, on the Recordings tab. */
  static RecordingsLibraryPage open(URI base) {
    RecordingsLibraryPage page = new RecordingsLibraryPage(Chromium.start());
    Chromium.logIn(page.browser, page.wait, base, SUPERVISOR, PASSWORD);
    page.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Recordings"))).click();
    page.wait.until(ExpectedConditions.elementToBeClickable(testId("recordings-search")));
    return page;
  }

  /** Searches by agent and from a time (the browser's local time, as the form takes it). */
  void search(String agent, LocalDateTime from) {
    type("recordings-agent", agent);
    WebElement fromField = browser.findElement(testId("recordings-from"));
    // A datetime-local input takes its value best from script; the form reads its input event.
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            fromField,
            from.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    browser.findElement(testId("recordings-search")).click();
  }

  /** Waits for the row of {@code id} and opens it. */
  void choose(String id) {
    By row = By.cssSelector("[data-testid=recording-row][data-recording-id='" + id + "'] button");
    wait.until(ExpectedConditions.elementToBeClickable(row)).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(testId("recording-player")));
  }

  /** The player's duration once its metadata loaded (seconds). */
  double awaitDuration() {
    return wait.withMessage("the player reads the recording's duration")
        .until(
            d -> {
              Object v =
                  ((JavascriptExecutor) browser)
                      .executeScript(
                          "const p = document.querySelector('[data-testid=recording-player]');"
                              + " return p && p.readyState >= 1 && isFinite(p.duration)"
                              + " ? p.duration : null;");
              return v == null ? null : ((Number) v).doubleValue();
            });
  }

  /** Seeks to {@code seconds}, plays, and waits until playback moved on from there. */
  void seekAndPlay(double seconds) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "const p = document.querySelector('[data-testid=recording-player]');"
                + " p.muted = true; p.currentTime = arguments[0]; p.play();",
            seconds);
    wait.withMessage("playback moves on from " + seconds + " s")
        .until(
            d ->
                ((Number)
                            ((JavascriptExecutor) browser)
                                .executeScript(
                                    "return document.querySelector("
                                        + "'[data-testid=recording-player]').currentTime;"))
                        .doubleValue()
                    > seconds + 0.5);
  }

  /**
   * Follows the chosen recording's link to its contact and waits for the recording there, beside
   * the customer's history on every channel.
   */
  void openContact(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(testId("recording-contact"))).click();
    wait.withMessage("the recording is on its contact's page")
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=contact-recording][data-recording-id='" + id + "']")));
    wait.withMessage("the customer's history is offered")
        .until(ExpectedConditions.presenceOfElementLocated(testId("history-toggle")));
  }

  private void type(String id, String text) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(testId(id)));
    field.clear();
    field.sendKeys(text);
  }

  private static By testId(String id) {
    return By.cssSelector("[data-testid=" + id + "]");
  }

  @Override
  public void close() {
    browser.quit();
  }
}
