package dev.parley.it.browser;

import static dev.parley.it.browser.MediaFlow.growing;
import static dev.parley.it.browser.MediaFlow.keepsGrowing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A video call end to end in peer-to-peer mode (the embedded default), in headless Chromium with
 * fake cameras and microphones: the visitor calls from the demo page, the agent answers in the
 * workstation, media flows both ways (inbound RTP bytes grow in both browsers), the agent holds
 * (the caller's widget plays the hold music) and resumes, and hangs up. Also a visitor whose
 * browser blocks the camera and microphone, and a caller who keeps their place (virtual hold) and
 * is rung back. Transfers and consults are in {@link CallTransferBrowserIT}.
 */
@ExtendWith(SharedServer.class)
class CallBrowserIT {

  private final List<AutoCloseable> browsers = new ArrayList<>();

  @AfterEach
  void closeBrowsers() throws Exception {
    for (int i = browsers.size() - 1; i >= 0; i--) {
      browsers.get(i).close();
    }
  }

  @Test
  void aVisitorVideoCallsFromTheDemoPageAndMediaFlowsBothWaysThroughHoldUntilHangUp(
      ParleyServer server) {
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String callQueue = admin.callQueue();
    String entryPoint = admin.entryPoint(callQueue, pageOrigin(server.baseUri()));
    Workstation agent =
        Workstation.availableWithMedia(server.baseUri(), admin.agent(callQueue, "Vida Video"));
    browsers.add(agent);
    WidgetPage visitor = WidgetPage.openWithMedia(server.baseUri(), entryPoint);
    browsers.add(visitor);

    visitor.openPanel();
    visitor.startCall("VIDEO", "Carla", "billing");
    try {
      visitor.awaitCallState("queued");
    } catch (RuntimeException e) {
      visitor.screenshot("call-visitor-not-queued");
      throw new AssertionError("console: " + visitor.console(), e);
    }
    agent.answerCall();
    agent.awaitCallState("active");
    visitor.awaitCallState("active");

    long visitorStart = growing(visitor.browser, 0, "the visitor receives the agent's media");
    long agentStart = growing(agent.browser, 0, "the agent receives the visitor's media");
    growing(visitor.browser, visitorStart, "the visitor's inbound media keeps flowing");
    growing(agent.browser, agentStart, "the agent's inbound media keeps flowing");

    agent.callButton("call-hold");
    agent.awaitCallState("held");
    visitor.awaitCallState("held");
    new WebDriverWait(visitor.browser, Duration.ofSeconds(15))
        .withMessage("the caller's widget plays the hold music")
        .until(d -> visitor.holdMusicPlaying());

    agent.callButton("call-hold");
    agent.awaitCallState("active");
    visitor.awaitCallState("active");
    keepsGrowing(visitor.browser, "media after resume");

    agent.callButton("call-hangup");
    visitor.awaitCallState("ended");
  }

  @Test
  void aVisitorWhoseBrowserBlocksCameraAndMicrophoneIsToldSoWhenChoosingVideo(ParleyServer server) {
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String entryPoint = admin.entryPoint(admin.callQueue(), pageOrigin(server.baseUri()));
    WidgetPage visitor = WidgetPage.openWithMediaDenied(server.baseUri(), entryPoint);
    browsers.add(visitor);

    visitor.openPanel();
    visitor.chooseCall("VIDEO", "Dora", "billing");

    WebElement problem = visitor.awaitCallError();
    assertThat(problem.getDomAttribute("data-call-error")).isEqualTo("NotAllowedError");
    assertThat(problem.getDomAttribute("role")).isEqualTo("alert");
    assertThat(problem.getText()).contains("camera").contains("microphone");
    assertThat(visitor.callState()).isEqualTo("failed");
    assertThat(visitor.element("call-back").isDisplayed()).as("a way back to chat").isTrue();
  }

  @Test
  void aCallerWhoKeptTheirPlaceIsRungBackWhenAnAgentComesAndAnswers(ParleyServer server) {
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String callQueue = admin.callQueue();
    String entryPoint = admin.entryPoint(callQueue, pageOrigin(server.baseUri()));
    WidgetPage visitor = WidgetPage.openWithMedia(server.baseUri(), entryPoint);
    browsers.add(visitor);

    visitor.openPanel();
    visitor.startCall("VOICE", "Val", "billing");
    visitor.awaitCallState("queued");
    visitor.element("keep-place").click();
    assertThat(visitor.awaitShown("kept-place").getText()).contains("call you back");
    assertThat(visitor.callState()).isEqualTo("queued");

    Workstation agent =
        Workstation.availableWithMedia(server.baseUri(), admin.agent(callQueue, "Rita Ringback"));
    browsers.add(agent);

    visitor.awaitCallState("ringing");
    assertThat(visitor.awaitShown("call-answer").getText()).isEqualTo("Answer");
    assertThat(visitor.element("call-decline").isDisplayed()).isTrue();
    visitor.element("call-answer").click();
    agent.answerCall();
    agent.awaitCallState("active");
    visitor.awaitCallState("active");
    assertThat(visitor.remoteMedia()).containsExactly("agent:" + agent.username);

    growing(visitor.browser, 0, "the caller rung back receives the agent's media");
    growing(agent.browser, 0, "the agent receives the caller's media");
    keepsGrowing(visitor.browser, "the caller's inbound media keeps flowing");

    agent.callButton("call-hangup");
    visitor.awaitCallState("ended");
  }

  static String pageOrigin(URI base) {
    return "http://127.0.0.1:" + base.getPort();
  }
}
