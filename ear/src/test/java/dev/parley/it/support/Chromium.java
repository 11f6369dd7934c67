package dev.parley.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver, for the browser tests. The
 * packages chromium and chromium-driver are provisioned by the build before the integration tests
 * ({@code ear/src/test/tools/provision-test-tools.sh}); the paths can be overridden with {@code
 * -Dparley.it.chromium} and {@code -Dparley.it.chromedriver}.
 */
public final class Chromium {
  static final String BINARY = System.getProperty("parley.it.chromium", "/usr/bin/chromium");
  static final String DRIVER =
      System.getProperty("parley.it.chromedriver", "/usr/bin/chromedriver");

  private Chromium() {}

  /** A new headless browser; the caller quits it. */
  public static ChromeDriver start() {
    return start(false);
  }

  /**
   * A new headless browser with a fake camera and microphone granted to every page, whose pages
   * record their {@code RTCPeerConnection}s in {@code window.__parleyPeerConnections} (for {@link
   * #inboundRtpBytes}); WebRTC between two such browsers flows over loopback.
   */
  public static ChromeDriver startWithMedia() {
    ChromeDriver browser = start(true);
    browser.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        java.util.Map.of(
            "source",
            """
            (() => {
              const Original = window.RTCPeerConnection;
              if (!Original) return;
              window.__parleyPeerConnections = [];
              const Tracked = function (...args) {
                const pc = new Original(...args);
                window.__parleyPeerConnections.push(pc);
                return pc;
              };
              Tracked.prototype = Original.prototype;
              window.RTCPeerConnection = Tracked;
            })();
            """));
    return browser;
  }

  /** The RTP bytes the page's open peer connections received so far (inbound-rtp stats). */
  public static long inboundRtpBytes(ChromeDriver browser) {
    return inboundRtpBytes(browser, null);
  }

  /** As {@link #inboundRtpBytes(ChromeDriver)}, of one {@code kind} only (audio, video). */
  public static long inboundRtpBytes(ChromeDriver browser, String kind) {
    Object bytes =
        browser.executeAsyncScript(
            """
            const kind = arguments[0];
            const done = arguments[arguments.length - 1];
            const pcs = (window.__parleyPeerConnections || []).filter(p => p.connectionState !== 'closed');
            Promise.all(pcs.map(p => p.getStats())).then(reports => {
              let total = 0;
              reports.forEach(r => r.forEach(s => {
                if (s.type === 'inbound-rtp' && (!kind || s.kind === kind)) total += s.bytesReceived || 0;
              }));
              done(total);
            }, () => done(-1));
            """,
            kind);
    return ((Number) bytes).longValue();
  }

  private static ChromeDriver start(boolean media) {
    assertThat(new File(BINARY).canExecute())
        .as("Chromium at " + BINARY + " (apt-get install chromium chromium-driver)")
        .isTrue();
    assertThat(new File(DRIVER).canExecute())
        .as("ChromeDriver at " + DRIVER + " (apt-get install chromium-driver)")
        .isTrue();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900");
    if (media) {
      options.addArguments(
          "--use-fake-ui-for-media-stream",
          "--use-fake-device-for-media-stream",
          "--allow-loopback-in-peer-connection",
          "--autoplay-policy=no-user-gesture-required");
    }
    // What the page writes to its console, for tests that check what a page says there.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    return new ChromeDriver(service, options);
  }

  /** Opens the login page of {@code base}, fills in the form and submits it. */
  public static void logIn(
      ChromeDriver browser, WebDriverWait wait, URI base, String username, String password) {
    browser.get(base.resolve("login").toString());
    type(wait, "username", username);
    type(wait, "password", password);
    browser.findElement(By.cssSelector("[data-testid=login-submit]")).click();
  }

  /** Replaces the text of the input with DOM id {@code id} once it can be clicked. */
  public static void type(WebDriverWait wait, String id, String text) {
    var field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  /** Saves what {@code browser} shows as {@code target/it/screenshots/<name>.png}. */
  public static void screenshot(ChromeDriver browser, String name) throws IOException {
    Path dir = Paths.get(System.getProperty("parley.it.dir", "target/it"), "screenshots");
    Files.createDirectories(dir);
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
