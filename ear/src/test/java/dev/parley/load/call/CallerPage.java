package dev.parley.load.call;

import dev.parley.it.support.Chromium;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchShadowRootException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The caller's browser (fake microphone and camera) on Parley's demo page {@code
 * http://127.0.0.1:<port>/demo/?entry-point=…}, whose widget comes from {@code localhost}: each
 * call on a freshly loaded page with empty storage, a first-time visitor. The widget's elements are
 * in the shadow root of {@code <parley-widget>}, found by their {@code data-testid}.
 */
final class CallerPage implements AutoCloseable {
  final ChromeDriver browser;
  private final URI page;

  private CallerPage(ChromeDriver browser, URI page) {
    this.browser = browser;
    this.page = page;
  }

  static CallerPage start(URI base, String entryPoint) {
    return new CallerPage(
        Chromium.startWithMedia(), base.resolve("demo/?entry-point=" + entryPoint));
  }

  /**
   * Loads the page afresh and goes as far as a caller does before calling: the launcher, the
   * channel, the menu option, the name, the microphone check — until {@code call-start} can be
   * clicked.
   */
  void readyToCall(String channel, String name, String option) {
    browser.get(page.toString());
    browser.executeScript("localStorage.clear(); sessionStorage.clear();");
    browser.navigate().refresh();
    element("widget-launcher").click();
    element("channel-" + channel).click();
    find("[data-testid=menu-option][data-option-id=\"" + option + "\"]").click();
    element("prechat-name").sendKeys(name);
    element("prechat-start").click();
    waiting("the devices are open (call-start enabled)")
        .until(d -> element("call-start").isEnabled());
    browser.executeScript(PageClock.RECORD_CLICKS);
  }

  /** Clicks {@code call-start}; answers the click's time in the page (epoch ms). */
  long startCall() {
    element("call-start").click();
    return clickedAt("call-start");
  }

  /** The widget's call state ({@code data-call-state}). */
  String callState() {
    Object state =
        browser.executeScript(
            "return document.querySelector('parley-widget')?.shadowRoot"
                + "?.querySelector('[data-call-state]')?.dataset.callState ?? null");
    return state == null ? null : state.toString();
  }

  void awaitCallState(String state) {
    waiting("caller's call state " + state).until(d -> state.equals(callState()));
  }

  long clickedAt(String testId) {
    return waiting("the page saw the click on " + testId)
        .until(d -> (Number) browser.executeScript(PageClock.CLICKED_AT, testId))
        .longValue();
  }

  void watchRtp() {
    browser.executeScript(PageClock.WATCH_RTP);
  }

  long firstRtpAt() {
    return waiting("the caller receives media")
        .until(d -> (Number) browser.executeScript(PageClock.FIRST_RTP_AT))
        .longValue();
  }

  private WebElement element(String testId) {
    return find("[data-testid=\"" + testId + "\"]");
  }

  private WebElement find(String css) {
    return waiting("widget has " + css).until(d -> inShadow(css).stream().findFirst().orElse(null));
  }

  private List<WebElement> inShadow(String css) {
    List<WebElement> hosts = browser.findElements(By.cssSelector("parley-widget"));
    if (hosts.isEmpty()) {
      return List.of();
    }
    try {
      SearchContext root = hosts.get(0).getShadowRoot();
      return root.findElements(By.cssSelector(css));
    } catch (NoSuchShadowRootException e) {
      return List.of(); // not upgraded yet
    }
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
