package dev.parley.it.browser;

import static dev.parley.it.browser.CallBrowserIT.pageOrigin;
import static dev.parley.it.browser.MediaFlow.growing;
import static dev.parley.it.browser.MediaFlow.growingOn;
import static dev.parley.it.browser.MediaFlow.keepsGrowing;
import static dev.parley.it.support.DemoAccounts.ADMIN;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.Chromium;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A supervisor monitors a live voice call peer to peer, in headless Chromium with fake microphones:
 * listening, their browser receives the call (inbound audio bytes grow) while the agent receives
 * nothing from them and the caller has no connection to them; whispering, the agent receives their
 * audio and the caller still only the agent's; barging, the agent's sender towards the caller
 * carries the Web Audio mix and the supervisor still hears the call; stopping closes the agent's
 * connection to them. Every step is in the admins' audit trail.
 */
@ExtendWith(SharedServer.class)
class MonitoringBrowserIT {

  private final List<AutoCloseable> browsers = new ArrayList<>();

  @AfterEach
  void closeBrowsers() throws Exception {
    for (int i = browsers.size() - 1; i >= 0; i--) {
      browsers.get(i).close();
    }
  }

  @Test
  void aSupervisorListensWhispersAndBargesIntoALiveCallAndEveryStepIsAudited(ParleyServer server) {
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String callQueue = admin.callQueue();
    String entryPoint = admin.entryPoint(callQueue, pageOrigin(server.baseUri()));
    Workstation agent =
        Workstation.availableWithMedia(server.baseUri(), admin.agent(callQueue, "Mona Monitored"));
    browsers.add(agent);
    WidgetPage visitor = WidgetPage.openWithMedia(server.baseUri(), entryPoint);
    browsers.add(visitor);

    visitor.openPanel();
    visitor.startCall("VOICE", "Carla", "billing");
    visitor.awaitCallState("queued");
    agent.answerCall();
    agent.awaitCallState("active");
    visitor.awaitCallState("active");
    growing(agent.browser, 0, "the agent receives the caller's media");
    String call =
        (String)
            agent.script(
                "return document.querySelector('[data-testid=call-panel]').dataset.conversationId");

    SupervisorDesk supervisor = SupervisorDesk.open(server.baseUri());
    browsers.add(supervisor);

    // Listen: the supervisor hears the call, nobody hears the supervisor.
    supervisor.monitor(call, "listen");
    supervisor.awaitMonitor("live", "LISTEN");
    growing(supervisor.browser, 0, "the listening supervisor receives the call");
    awaitPanel(agent, "data-monitor-mode", "LISTEN");
    growingOn(agent.browser, 0, 2, "the agent still receives the caller");
    keepsGrowing(supervisor.browser, "the supervisor keeps receiving the call");
    assertThat(Chromium.inboundRtpBytesPerConnection(agent.browser))
        .as("the agent receives nothing on its connection to a listening supervisor")
        .hasSize(2)
        .element(1)
        .isEqualTo(0L);
    assertThat(Chromium.inboundRtpBytesPerConnection(visitor.browser))
        .as("the caller has only the agent's connection")
        .hasSize(1);

    // Whisper: only the agent receives the supervisor.
    supervisor.monitor(call, "whisper");
    supervisor.awaitMonitor("live", "WHISPER");
    awaitPanel(agent, "data-monitor-mode", "WHISPER");
    growingOn(agent.browser, 1, 2, "the agent receives the whispering supervisor");
    assertThat(Chromium.inboundRtpBytesPerConnection(visitor.browser))
        .as("the caller still has only the agent's connection")
        .hasSize(1);
    assertThat(agent.text("call-monitor")).contains("only you hear them");

    // Barge: what the caller receives from the agent is the mix of the agent and the supervisor.
    supervisor.monitor(call, "barge");
    supervisor.awaitMonitor("live", "BARGE");
    awaitPanel(agent, "data-monitor-mode", "BARGE");
    awaitPanel(agent, "data-sending", "mix");
    String mixTrack = panel(agent, "data-sending-track");
    new WebDriverWait(agent.browser, Duration.ofSeconds(15))
        .withMessage("the agent's sender towards the caller carries the mix " + mixTrack)
        .until(d -> mixTrack.equals(customerSenderTrack(agent)));
    keepsGrowing(supervisor.browser, "the barging supervisor keeps hearing the call");
    keepsGrowing(visitor.browser, "the caller keeps receiving the agent's (mixed) audio");
    assertThat(Chromium.inboundRtpBytesPerConnection(visitor.browser)).hasSize(1);

    // Stop: the agent's connection to the supervisor closes, the call goes on.
    supervisor.monitor(call, "stop");
    supervisor.awaitMonitor("ended", null);
    new WebDriverWait(agent.browser, Duration.ofSeconds(15))
        .withMessage("the agent's connection to the supervisor closes")
        .until(d -> Chromium.inboundRtpBytesPerConnection(agent.browser).size() == 1);
    awaitPanel(agent, "data-sending", "mic");
    assertThat(agent.callState()).isEqualTo("active");

    ApiClient administrator = ApiClient.loggedIn(server.baseUri(), ADMIN, PASSWORD);
    List<String> actions =
        administrator.get("api/admin/audit?actor=" + SUPERVISOR).jsonArray().stream()
            .map(e -> (JsonObject) e)
            .filter(e -> call.equals(e.getString("contact", null)))
            .map(e -> e.getString("action"))
            .toList();
    assertThat(actions)
        .as("the audit trail, newest first")
        .containsExactly("MONITOR_END", "MONITOR_BARGE", "MONITOR_WHISPER", "MONITOR_LISTEN");

    agent.callButton("call-hangup");
    visitor.awaitCallState("ended");
  }

  private static String panel(Workstation agent, String attribute) {
    return (String)
        agent.script(
            "return document.querySelector('[data-testid=call-panel]')?.getAttribute('"
                + attribute
                + "') ?? null");
  }

  private static void awaitPanel(Workstation agent, String attribute, String value) {
    new WebDriverWait(agent.browser, Duration.ofSeconds(15))
        .withMessage(
            () ->
                "the agent's call panel "
                    + attribute
                    + "="
                    + value
                    + " (is "
                    + panel(agent, attribute)
                    + ")")
        .until(d -> value.equals(panel(agent, attribute)));
  }

  /** The id of the audio track the agent's first connection (to the caller) sends. */
  private static String customerSenderTrack(Workstation agent) {
    return (String)
        agent.script(
            """
            const pc = (window.__parleyPeerConnections || []).filter(p => p.connectionState !== 'closed')[0];
            const sender = pc?.getSenders().find(s => s.track && s.track.kind === 'audio');
            return sender ? sender.track.id : null;
            """);
  }
}
