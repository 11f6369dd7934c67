package dev.parley.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.Chromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchShadowRootException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor's browser on a customer's page: Parley's demo page at {@code
 * http://127.0.0.1:<port>/demo/}, which loads {@code widget.js} from {@code
 * http://localhost:<port>} — another origin — for the entry point given in its {@code
 * ?entry-point=}. Everything of the widget lives in the shadow root of {@code <parley-widget>},
 * reached by its {@code data-testid}s.
 */
final class WidgetPage implements AutoCloseable {
  private static final String MESSAGES_SCRIPT =
      """
      const root = document.querySelector('parley-widget')?.shadowRoot;
      if (!root) return [];
      return Array.from(root.querySelectorAll('[data-testid=message]')).map(e => ({
        seq: e.dataset.seq, role: e.dataset.role, kind: '',
        author: e.querySelector('.author')?.textContent.trim() ?? '',
        text: e.querySelector('.text')?.textContent ?? ''}));
      """;

  final ChromeDriver browser;
  private final WebDriverWait wait;
  private final URI page;
  private final List<LogEntry> console = new ArrayList<>();

  private WidgetPage(ChromeDriver browser, URI page) {
    this.browser = browser;
    this.page = page;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
  }

  /** A new browser (its own profile and storage) on the demo page for {@code entryPoint}. */
  static WidgetPage open(URI base, String entryPoint) {
    URI page = base.resolve("demo/?entry-point=" + entryPoint);
    assertThat(page.getHost())
        .as("the page is on 127.0.0.1, Parley on localhost")
        .isEqualTo("127.0.0.1");
    WidgetPage widget = new WidgetPage(Chromium.start(), page);
    widget.browser.get(page.toString());
    return widget;
  }

  /** As {@link #open}, in a browser with a fake camera and microphone. */
  static WidgetPage openWithMedia(URI base, String entryPoint) {
    URI page = base.resolve("demo/?entry-point=" + entryPoint);
    WidgetPage widget = new WidgetPage(Chromium.startWithMedia(), page);
    widget.browser.get(page.toString());
    return widget;
  }

  /** As {@link #openWithMedia}, in a browser whose camera and microphone are blocked. */
  static WidgetPage openWithMediaDenied(URI base, String entryPoint) {
    URI page = base.resolve("demo/?entry-point=" + entryPoint);
    WidgetPage widget = new WidgetPage(Chromium.startWithMediaDenied(), page);
    widget.browser.get(page.toString());
    return widget;
  }

  /**
   * Starts a call ({@code VOICE} or {@code VIDEO}): the channel, the menu options, the name, the
   * microphone check, then the call.
   */
  void startCall(String channel, String name, String... optionIds) {
    chooseCall(channel, name, optionIds);
    waitFor(() -> "the devices are open (call-start enabled)")
        .until(d -> element("call-start").isEnabled());
    // A click can be lost while the check's camera preview settles (seen on a loaded machine with
    // a video call): click until the check is over.
    waitFor(() -> "the call starts (call state " + callState() + ")")
        .until(
            d -> {
              if ("checking".equals(callState())) {
                inShadow("[data-testid=call-start]").stream()
                    .findFirst()
                    .ifPresent(WebElement::click);
              }
              return !"checking".equals(callState());
            });
  }

  /**
   * Chooses a call ({@code VOICE} or {@code VIDEO}), the menu options and the name: the widget
   * opens the devices for the pre-call check.
   */
  void chooseCall(String channel, String name, String... optionIds) {
    element("channel-" + channel).click();
    choose(optionIds);
    element("prechat-name").sendKeys(name);
    element("prechat-start").click();
  }

  /** The call's problem as shown: its {@code data-call-error} and text, waiting for it. */
  WebElement awaitCallError() {
    return waitFor(() -> "a call problem (call state " + callState() + ")")
        .until(d -> inShadow("[data-call-error]").stream().findFirst().orElse(null));
  }

  /** The peers whose media the widget plays ({@code data-remote-media}). */
  List<String> remoteMedia() {
    return inShadow("[data-remote-media]").stream()
        .map(e -> e.getDomAttribute("data-remote-media"))
        .toList();
  }

  /** The agent's name the panel shows, waiting until it is {@code name}. */
  void awaitAgentName(String name) {
    waitFor(() -> "the widget shows the agent " + name)
        .until(
            d ->
                inShadow("[data-testid=agent-name]").stream()
                    .anyMatch(e -> e.getText().trim().equals(name)));
  }

  /** The widget's call state ({@code data-call-state}). */
  String callState() {
    Object state =
        script(
            "return document.querySelector('parley-widget')?.shadowRoot"
                + "?.querySelector('[data-call-state]')?.dataset.callState ?? null");
    return state == null ? null : state.toString();
  }

  /** Waits until the call state is {@code state}. */
  void awaitCallState(String state) {
    waitFor(() -> "call state " + state + " (is " + callState() + ")")
        .until(d -> state.equals(callState()));
  }

  /** Whether the hold music plays now (the widget's own player, peer to peer). */
  boolean holdMusicPlaying() {
    return Boolean.TRUE.equals(
        script(
            "const a = document.querySelector('parley-widget')?.shadowRoot"
                + "?.querySelector('audio[data-hold-music]');"
                + " return !!a && !a.paused && a.currentTime > 0;"));
  }

  /** The origin the page is on. */
  String pageOrigin() {
    return (String) script("return location.origin");
  }

  /** The Parley server the widget talks to (from its script's origin). */
  String widgetServer() {
    return browser.findElement(By.cssSelector("parley-widget")).getDomAttribute("server");
  }

  /** Waits for the launcher, opens the panel. */
  void openPanel() {
    element("widget-launcher").click();
    wait.until(d -> element("widget-panel").isDisplayed());
  }

  /** Whether the launcher is there. */
  boolean hasLauncher() {
    return !inShadow("[data-testid=widget-launcher]").isEmpty();
  }

  /** Whether the panel says the connection is lost. */
  boolean connectionLost() {
    return !inShadow("[data-testid=connection-status]").isEmpty();
  }

  /** Picks the menu options with these ids, one level after the other. */
  void choose(String... optionIds) {
    for (String id : optionIds) {
      find("[data-testid=menu-option][data-option-id=\"" + id + "\"]").click();
    }
  }

  /** Fills in the pre-chat name and starts the chat. */
  void startAs(String name) {
    element("prechat-name").sendKeys(name);
    element("prechat-start").click();
    wait.until(d -> element("composer-input").isDisplayed());
  }

  /** Writes {@code text} and sends it with the send button. */
  void send(String text) {
    WebElement input = element("composer-input");
    input.sendKeys(text);
    element("composer-send").click();
  }

  /** Sends {@code text} and waits until the server acknowledged it (it has a seq). */
  Shown say(String text) {
    send(text);
    return awaitMessage("CUSTOMER", text);
  }

  /** Waits until a stored message of {@code role} with exactly {@code text} shows; returns it. */
  Shown awaitMessage(String role, String text) {
    return waitFor(() -> "widget shows " + role + " \"" + text + "\"; it shows " + messages())
        .until(
            d ->
                messages().stream()
                    .filter(m -> m.seq() > 0 && m.role().equals(role) && m.text().equals(text))
                    .findFirst()
                    .orElse(null));
  }

  /** Waits until a system message containing {@code text} shows. */
  Shown awaitEvent(String text) {
    return waitFor(() -> "widget shows the event \"" + text + "\"; it shows " + messages())
        .until(
            d ->
                messages().stream()
                    .filter(m -> m.role().equals("SYSTEM") && m.text().contains(text))
                    .findFirst()
                    .orElse(null));
  }

  /** The messages the panel shows, in order. */
  List<Shown> messages() {
    List<?> raw = (List<?>) script(MESSAGES_SCRIPT);
    return raw.stream().map(Shown::of).toList();
  }

  /** Waits until the element with this test id shows (in the panel). */
  WebElement awaitShown(String testId) {
    return waitFor(() -> "widget shows " + testId)
        .until(d -> element(testId).isDisplayed() ? element(testId) : null);
  }

  /** Ends the chat (with the confirmation) and waits for the post-chat screen. */
  void endChat() {
    element("end-chat").click();
    element("end-chat-confirm").click();
    awaitShown("ended");
  }

  /** Rates the ended chat with {@code score} stars and a comment, and waits for the thanks. */
  void rate(int score, String comment) {
    element("rating-" + score).click();
    element("rating-comment").sendKeys(comment);
    element("rating-submit").click();
    awaitShown("rating-thanks");
  }

  /** "Start new chat" after the end. */
  void startOver() {
    element("new-chat").click();
    wait.until(d -> !inShadow("[data-testid=menu-option]").isEmpty());
  }

  /** Reloads the page (the panel comes back closed). */
  void reload() {
    browser.navigate().refresh();
  }

  /** Leaves for another page of the same origin and comes back to the chat's page. */
  void leave() {
    browser.get(page.resolve("/health/live").toString());
  }

  void comeBack() {
    browser.get(page.toString());
  }

  /** Everything the page's console said so far. */
  List<String> console() {
    browser.manage().logs().get(LogType.BROWSER).forEach(console::add);
    return console.stream()
        .filter(e -> e.getLevel().intValue() >= Level.INFO.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Whether an alert opened (then it is dismissed). */
  boolean alertOpen() {
    try {
      browser.switchTo().alert().dismiss();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }

  /** Runs {@code js} in the page. */
  Object script(String js) {
    return ((JavascriptExecutor) browser).executeScript(js);
  }

  void screenshot(String name) {
    try {
      Chromium.screenshot(browser, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The widget's element with {@code testId}, waiting until it is there. */
  WebElement element(String testId) {
    return find("[data-testid=\"" + testId + "\"]");
  }

  private WebElement find(String css) {
    return waitFor(() -> "widget has " + css)
        .until(d -> inShadow(css).stream().findFirst().orElse(null));
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

  /** A wait of its own for {@code message} (a wait's message sticks to it). */
  private WebDriverWait waitFor(java.util.function.Supplier<String> message) {
    WebDriverWait own = new WebDriverWait(browser, Duration.ofSeconds(30));
    own.ignoring(StaleElementReferenceException.class);
    own.withMessage(message);
    return own;
  }

  private WebDriverWait waitFor(String message) {
    return waitFor(() -> message);
  }

  @Override
  public void close() {
    browser.quit();
  }
}
