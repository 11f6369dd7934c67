package dev.parley.it.browser;

import dev.parley.it.support.Chromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An agent's browser on the workstation: logged in through the login page, Available, taking chat
 * offers and working the chat shown in its tab (messages, transfer, consult, end and wrap-up).
 */
final class Workstation implements AutoCloseable {
  /** The shown chat's messages; transcripts in the customer history are left out. */
  private static final String MESSAGES_SCRIPT =
      """
      return Array.from(document.querySelectorAll(
          'parley-conversation-view [data-testid=chat-message]')).map(e => ({
        seq: e.dataset.seq, role: e.dataset.role, kind: e.dataset.kind,
        author: e.querySelector('[data-testid=chat-author]')?.textContent.trim() ?? '',
        text: e.querySelector('.text')?.textContent.trim() ?? ''}));
      """;

  final String username;
  final ChromeDriver browser;
  private final WebDriverWait wait;

  private Workstation(String username, ChromeDriver browser) {
    this.username = username;
    this.browser = browser;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
  }

  /** A new browser logged in as {@code username}, live and Available. */
  static Workstation available(URI base, String username) {
    return available(base, username, Chromium.start());
  }

  /** As {@link #available(URI, String)}, with a fake camera and microphone for calls. */
  static Workstation availableWithMedia(URI base, String username) {
    return available(base, username, Chromium.startWithMedia());
  }

  private static Workstation available(URI base, String username, ChromeDriver browser) {
    Workstation desk = new Workstation(username, browser);
    Chromium.logIn(desk.browser, desk.wait, base, username, ChatAdmin.AGENT_PASSWORD);
    desk.wait.until(ExpectedConditions.textToBe(testId("area-title"), "Agent workstation"));
    desk.awaitLive();
    desk.wait.until(ExpectedConditions.elementToBeClickable(testId("go-available"))).click();
    desk.wait.until(
        ExpectedConditions.attributeToBe(testId("presence"), "data-presence", "AVAILABLE"));
    return desk;
  }

  /** Waits until the workstation's socket is up. */
  void awaitLive() {
    wait.until(ExpectedConditions.textToBe(testId("connection"), "Live"));
  }

  /** Waits for an offer, accepts it and returns the conversation of the chat tab it opened. */
  String acceptOffer() {
    Set<String> before = new HashSet<>(tabs());
    WebElement offer = wait.until(ExpectedConditions.visibilityOfElementLocated(testId("offer")));
    offer.findElement(testId("accept-offer")).click();
    String conversation =
        waitFor("a new chat tab")
            .until(d -> tabs().stream().filter(t -> !before.contains(t)).findFirst().orElse(null));
    select(conversation);
    return conversation;
  }

  /** Waits for a call's offer and answers it. */
  void answerCall() {
    wait.until(ExpectedConditions.elementToBeClickable(testId("call-answer"))).click();
  }

  /** The call panel's state ({@code data-call-state}), or null without a panel. */
  String callState() {
    return (String)
        script("return document.querySelector('[data-call-state]')?.dataset.callState ?? null");
  }

  void awaitCallState(String state) {
    waitFor(() -> "call state " + state + " (is " + callState() + ")")
        .until(d -> state.equals(callState()));
  }

  /**
   * The recording's state on the call panel ({@code recording}, {@code paused}, {@code none} …).
   */
  String recordingState() {
    return browser.findElements(testId("call-recording")).stream()
        .findFirst()
        .map(e -> e.getDomAttribute("data-recording-state"))
        .orElse("none");
  }

  /** The call panel's timer in seconds ("m:ss"). */
  int callSeconds() {
    String[] parts = text("call-timer").strip().split(":");
    int seconds = 0;
    for (String part : parts) {
      seconds = seconds * 60 + Integer.parseInt(part.strip());
    }
    return seconds;
  }

  /** Waits until the call's timer shows at least {@code seconds}. */
  void awaitCallSeconds(int seconds) {
    waitFor(() -> "the call timer at " + seconds + " s").until(d -> callSeconds() >= seconds);
  }

  void awaitRecordingState(String state) {
    waitFor(
            () ->
                "recording state %s (is %s%s)"
                    .formatted(
                        state,
                        recordingState(),
                        browser.findElements(testId("call-recording-error")).stream()
                            .map(e -> ": " + e.getText())
                            .findFirst()
                            .orElse("")))
        .until(d -> state.equals(recordingState()));
  }

  /** Clicks a call button ({@code call-hold}, {@code call-hangup} …). */
  void callButton(String testId) {
    wait.until(ExpectedConditions.elementToBeClickable(testId(testId))).click();
  }

  /** The offer shown (waiting for one). */
  WebElement awaitOffer() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(testId("offer")));
  }

  /** The conversation ids of the chat tabs. */
  List<String> tabs() {
    return browser.findElements(testId("chat-tab")).stream()
        .map(t -> t.getDomAttribute("data-conversation-id"))
        .toList();
  }

  /** Shows the chat of {@code conversation}. */
  void select(String conversation) {
    By tab = tab(conversation);
    wait.until(ExpectedConditions.elementToBeClickable(tab)).click();
    wait.until(ExpectedConditions.attributeToBe(tab, "aria-selected", "true"));
  }

  /** Waits until the chat of {@code conversation} has no tab any more. */
  void awaitNoTab(String conversation) {
    waitFor("the tab of " + conversation + " closes")
        .until(ExpectedConditions.numberOfElementsToBe(tab(conversation), 0));
  }

  /** Sends {@code text} in the shown chat and waits until it is stored (it has a seq). */
  Shown say(String text) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(testId("chat-input")));
    input.sendKeys(text);
    wait.until(ExpectedConditions.elementToBeClickable(testId("chat-send"))).click();
    return awaitMessage(text);
  }

  /** Adds an internal note to the shown chat. */
  Shown note(String text) {
    browser.findElement(testId("chat-note-toggle")).click();
    wait.until(
        ExpectedConditions.attributeToBe(testId("chat-note-toggle"), "aria-pressed", "true"));
    Shown note = say(text);
    browser.findElement(testId("chat-note-toggle")).click();
    return note;
  }

  /** Waits until the shown chat has a stored message with exactly {@code text}. */
  Shown awaitMessage(String text) {
    return waitFor(() -> username + " shows \"" + text + "\"; it shows " + messages())
        .until(
            d ->
                messages().stream()
                    .filter(m -> m.seq() > 0 && m.text().equals(text))
                    .findFirst()
                    .orElse(null));
  }

  /** Waits until the shown chat has a stored message containing {@code text}. */
  Shown awaitMessageContaining(String text) {
    return waitFor(() -> username + " shows \"…" + text + "…\"; it shows " + messages())
        .until(
            d ->
                messages().stream()
                    .filter(m -> m.seq() > 0 && m.text().contains(text))
                    .findFirst()
                    .orElse(null));
  }

  /** The shown chat's messages, in order. */
  List<Shown> messages() {
    List<?> raw = (List<?>) ((JavascriptExecutor) browser).executeScript(MESSAGES_SCRIPT);
    return raw.stream().map(Shown::of).toList();
  }

  /** Transfers the shown chat to {@code queue} with a note for the next agent. */
  void transferToQueue(String queue, String note) {
    transfer("transfer-open", queue, note);
  }

  /** Transfers the call shown (blind) to {@code queue} with a note for the next agent. */
  void transferCallToQueue(String queue, String note) {
    transfer("call-transfer", queue, note);
  }

  /**
   * Asks the colleague {@code agent} to join the call shown: visibly (an expert the caller hears)
   * or privately (a warm transfer, the caller hears music); waits until the panel says so.
   */
  void consultOnCall(String agent, boolean privately, String note) {
    openConsult("call-consult", agent);
    askConsult(privately, note, "call-consulting");
  }

  /** The parties whose media the call panel plays ({@code data-peer-id}). */
  List<String> remotePeers() {
    return browser.findElements(By.cssSelector("[data-testid=call-panel] [data-peer-id]")).stream()
        .map(e -> e.getDomAttribute("data-peer-id"))
        .toList();
  }

  /** Waits until the call panel plays the media of exactly {@code peers} (in any order). */
  void awaitRemotePeers(String... peers) {
    Set<String> wanted = Set.of(peers);
    waitFor(() -> username + " plays " + wanted + "; it plays " + remotePeers())
        .until(d -> new HashSet<>(remotePeers()).equals(wanted));
  }

  private void transfer(String opener, String queue, String note) {
    click(opener);
    By queues = By.cssSelector("[data-testid=transfer-queue] option[value='" + queue + "']");
    waitFor("queue " + queue + " to transfer to")
        .until(ExpectedConditions.presenceOfElementLocated(queues));
    new Select(browser.findElement(testId("transfer-queue"))).selectByValue(queue);
    browser.findElement(testId("transfer-note")).sendKeys(note);
    click("transfer-submit");
  }

  /** Asks anyone with {@code skill} to help on the shown chat. */
  void consultBySkill(String skill, boolean privately, String note) {
    click("consult-open");
    By option = By.cssSelector("[data-testid=consult-skill] option[value='" + skill + "']");
    waitFor("skill " + skill + " to consult")
        .until(ExpectedConditions.presenceOfElementLocated(option));
    new Select(browser.findElement(testId("consult-skill"))).selectByValue(skill);
    askConsult(privately, note, "consult-requested");
  }

  /** Asks the colleague {@code agent} to help on the shown chat. */
  void consultColleague(String agent, boolean privately, String note) {
    openConsult("consult-open", agent);
    askConsult(privately, note, "consult-requested");
  }

  private void openConsult(String opener, String agent) {
    click(opener);
    By option = By.cssSelector("[data-testid=consult-agent] option[value='" + agent + "']");
    waitFor("colleague " + agent + " to consult")
        .until(ExpectedConditions.presenceOfElementLocated(option));
    new Select(browser.findElement(testId("consult-agent"))).selectByValue(agent);
  }

  private void askConsult(boolean privately, String note, String requested) {
    WebElement box = browser.findElement(testId("consult-private"));
    if (box.isSelected() != privately) {
      box.click();
    }
    browser.findElement(testId("consult-note")).sendKeys(note);
    click("consult-submit");
    wait.until(ExpectedConditions.visibilityOfElementLocated(testId(requested)));
  }

  /** An expert leaves the consult shown. */
  void leaveConsult() {
    click("consult-leave");
  }

  /** Ends the shown chat; it goes to wrap-up. */
  void end() {
    click("end-contact");
    awaitWrapUp();
  }

  /** Waits until the shown chat is in wrap-up. */
  void awaitWrapUp() {
    wait.until(ExpectedConditions.elementToBeClickable(testId("finish-wrap-up")));
  }

  /** Finishes the wrap-up with {@code disposition} (chosen with the keyboard, as a user would). */
  void finishWrapUp(String disposition) {
    wait.until(ExpectedConditions.elementToBeClickable(testId("disposition")))
        .sendKeys(disposition);
    click("finish-wrap-up");
  }

  /** Opens the customer history of the shown chat and the transcript of {@code contact}. */
  WebElement openHistoryTranscript(String contact) {
    click("history-toggle");
    By entry = By.cssSelector("[data-testid=history-entry][data-contact='" + contact + "']");
    WebElement shown =
        waitFor("history entry " + contact)
            .until(ExpectedConditions.visibilityOfElementLocated(entry));
    shown.findElement(testId("history-entry-toggle")).click();
    return wait.until(
            ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                entry, testId("history-transcript")))
        .get(0);
  }

  /** Waits until the workstation shows a notice that a chat went back to the queue. */
  WebElement awaitReturnedNotice() {
    return wait.until(
        ExpectedConditions.visibilityOfElementLocated(testId("contact-returned-notice")));
  }

  /** Waits until the workstation shows it lost its connection. */
  void awaitReconnecting() {
    wait.until(ExpectedConditions.textToBe(testId("connection"), "Reconnecting…"));
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

  Object script(String js) {
    return ((JavascriptExecutor) browser).executeScript(js);
  }

  /** The text of the element with {@code id}, once it shows. */
  String text(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(testId(id))).getText();
  }

  WebDriverWait waiting(Duration timeout) {
    WebDriverWait longer = new WebDriverWait(browser, timeout);
    longer.ignoring(StaleElementReferenceException.class);
    return longer;
  }

  void screenshot(String name) {
    try {
      Chromium.screenshot(browser, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(testId(id))).click();
  }

  private static By tab(String conversation) {
    return By.cssSelector("[data-testid=chat-tab][data-conversation-id='" + conversation + "']");
  }

  static By testId(String id) {
    return By.cssSelector("[data-testid=" + id + "]");
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
