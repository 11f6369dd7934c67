package dev.parley.load.call;

import dev.parley.it.support.Chromium;
import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent's browser (fake microphone and camera) on the workstation, logged in once and
 * Available; it answers each call from the offer card ({@code call-answer}) and hangs up from the
 * call panel ({@code call-hangup}).
 */
final class DeskPage implements AutoCloseable {
  private static final By ANSWER = testId("call-answer");

  final ChromeDriver browser;

  private DeskPage(ChromeDriver browser) {
    this.browser = browser;
  }

  static DeskPage available(URI base, String username, String password) {
    DeskPage desk = new DeskPage(Chromium.startWithMedia());
    WebDriverWait wait = desk.waiting("the workstation, live and Available");
    Chromium.logIn(desk.browser, wait, base, username, password);
    wait.until(ExpectedConditions.textToBe(testId("area-title"), "Agent workstation"));
    wait.until(ExpectedConditions.textToBe(testId("connection"), "Live"));
    wait.until(ExpectedConditions.elementToBeClickable(testId("go-available"))).click();
    desk.awaitAvailable();
    desk.browser.executeScript(PageClock.RECORD_CLICKS);
    return desk;
  }

  /** Waits until no call rings and the agent is Available again, then watches for the next ring. */
  void readyForCall() {
    waiting("no call ringing").until(ExpectedConditions.numberOfElementsToBe(ANSWER, 0));
    awaitAvailable();
    browser.executeScript(PageClock.WATCH_FOR, "[data-testid=call-answer]");
  }

  /** When the ringing offer card was added to the page (epoch ms), and when it was next painted. */
  long[] rangAt() {
    long seen =
        waiting("the call rings at the agent")
            .until(d -> (Number) browser.executeScript(PageClock.SEEN_AT))
            .longValue();
    long frame =
        waiting("the ring is painted")
            .until(d -> (Number) browser.executeScript(PageClock.SEEN_FRAME_AT))
            .longValue();
    return new long[] {seen, frame};
  }

  /** Clicks {@code call-answer}; answers the click's time in the page (epoch ms). */
  long answer() {
    waiting("call-answer clickable").until(ExpectedConditions.elementToBeClickable(ANSWER)).click();
    return waiting("the page saw the answer")
        .until(d -> (Number) browser.executeScript(PageClock.CLICKED_AT, "call-answer"))
        .longValue();
  }

  void watchRtp() {
    browser.executeScript(PageClock.WATCH_RTP);
  }

  long firstRtpAt() {
    return waiting("the agent receives media")
        .until(d -> (Number) browser.executeScript(PageClock.FIRST_RTP_AT))
        .longValue();
  }

  void hangUp() {
    waiting("call-hangup clickable")
        .until(ExpectedConditions.elementToBeClickable(testId("call-hangup")))
        .click();
  }

  /** Clicks {@code call-hangup}; answers the click's time in the page (epoch ms). */
  long hangUpAt() {
    Object before = browser.executeScript(PageClock.CLICKED_AT, "call-hangup");
    hangUp();
    return waiting("the page saw the hang-up")
        .until(
            d -> {
              Object at = browser.executeScript(PageClock.CLICKED_AT, "call-hangup");
              return at == null || at.equals(before) ? null : (Number) at;
            })
        .longValue();
  }

  /** The call panel's recording state ({@code data-recording-state}), or "none". */
  String recordingState() {
    return browser.findElements(testId("call-recording")).stream()
        .findFirst()
        .map(e -> e.getDomAttribute("data-recording-state"))
        .orElse("none");
  }

  void awaitRecordingState(String state) {
    waiting("recording state " + state).until(d -> state.equals(recordingState()));
  }

  private void awaitAvailable() {
    waiting("Available")
        .until(ExpectedConditions.attributeToBe(testId("presence"), "data-presence", "AVAILABLE"));
  }

  private static By testId(String id) {
    return By.cssSelector("[data-testid=" + id + "]");
  }

  private WebDriverWait waiting(String what) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    wait.pollingEvery(Duration.ofMillis(20));
    wait.withMessage(what);
    return wait;
  }

  @Override
  public void close() {
    browser.quit();
  }
}
