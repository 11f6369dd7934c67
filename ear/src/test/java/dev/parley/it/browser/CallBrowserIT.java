package dev.parley.it.browser;

import dev.parley.it.support.Chromium;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A video call end to end in peer-to-peer mode (the embedded default), in headless Chromium with
 * fake cameras and microphones: the visitor calls from the demo page, the agent answers in the
 * workstation, media flows both ways (inbound RTP bytes grow in both browsers), the agent holds
 * (the caller's widget plays the hold music) and resumes, and hangs up.
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
    growing(visitor.browser, Chromium.inboundRtpBytes(visitor.browser), "media after resume");

    agent.callButton("call-hangup");
    visitor.awaitCallState("ended");
  }

  /** Waits until the page's inbound RTP bytes exceed {@code above}; answers them. */
  private static long growing(ChromeDriver browser, long above, String what) {
    long[] seen = {0};
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .withMessage(() -> what + ": inbound RTP bytes stayed at " + seen[0])
        .until(
            d -> {
              seen[0] = Chromium.inboundRtpBytes(browser);
              return seen[0] > above + 1000;
            });
    return seen[0];
  }

  private static String pageOrigin(URI base) {
    return "http://127.0.0.1:" + base.getPort();
  }
}
