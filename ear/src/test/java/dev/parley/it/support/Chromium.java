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
    return start(Media.NONE);
  }

  private enum Media {
    NONE,
    GRANTED,
    DENIED
  }

  /**
   * A new headless browser with a fake camera and microphone granted to every page, whose pages
   * record their {@code RTCPeerConnection}s in {@code window.__parleyPeerConnections} (for {@link
   * #inboundRtpBytes}); WebRTC between two such browsers flows over loopback.
   */
  public static ChromeDriver startWithMedia() {
    return trackingPeerConnections(start(Media.GRANTED));
  }

  /**
   * A new headless browser with a fake camera and microphone that every page is refused, as when
   * the visitor blocked them: no fake permission UI, prompts denied, and camera and microphone set
   * to "denied" for all origins. {@code getUserMedia} fails with {@code NotAllowedError}.
   */
  public static ChromeDriver startWithMediaDenied() {
    ChromeDriver browser = start(Media.DENIED);
    for (String device : new String[] {"camera", "microphone"}) {
      browser.executeCdpCommand(
          "Browser.setPermission",
          java.util.Map.of("permission", java.util.Map.of("name", device), "setting", "denied"));
    }
    return trackingPeerConnections(browser);
  }

  private static ChromeDriver trackingPeerConnections(ChromeDriver browser) {
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
    return perConnection(browser, kind).stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The RTP bytes each of the page's open peer connections received so far, in the order the page
   * created them (closed ones left out); empty when reading the stats failed.
   */
  public static java.util.List<Long> inboundRtpBytesPerConnection(ChromeDriver browser) {
    return perConnection(browser, null);
  }

  private static java.util.List<Long> perConnection(ChromeDriver browser, String kind) {
    Object bytes =
        browser.executeAsyncScript(
            """
            const kind = arguments[0];
            const done = arguments[arguments.length - 1];
            const pcs = (window.__parleyPeerConnections || []).filter(p => p.connectionState !== 'closed');
            Promise.all(pcs.map(p => p.getStats())).then(reports => {
              done(reports.map(r => {
                let total = 0;
                r.forEach(s => {
                  if (s.type === 'inbound-rtp' && (!kind || s.kind === kind)) total += s.bytesReceived || 0;
                });
                return total;
              }));
            }, () => done(null));
            """,
            kind);
    if (bytes == null) {
      return java.util.List.of(); // a connection closed while it was asked; ask again
    }
    return ((java.util.List<?>) bytes).stream().map(b -> ((Number) b).longValue()).toList();
  }

  private static ChromeDriver start(Media media) {
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
    if (media != Media.NONE) {
      options.addArguments(
          "--use-fake-device-for-media-stream",
          "--allow-loopback-in-peer-connection",
          "--autoplay-policy=no-user-gesture-required");
      options.addArguments(
          media == Media.GRANTED ? "--use-fake-ui-for-media-stream" : "--deny-permission-prompts");
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
