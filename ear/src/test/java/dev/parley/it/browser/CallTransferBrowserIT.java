package dev.parley.it.browser;

import static dev.parley.it.browser.CallBrowserIT.pageOrigin;
import static dev.parley.it.browser.MediaFlow.growingOn;
import static dev.parley.it.browser.MediaFlow.growingOnEach;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A video call that other agents join, peer to peer, each party in its own headless Chromium with a
 * fake camera and microphone: an expert the caller hears (a mesh of three, then two again when the
 * expert leaves), a blind transfer to another call queue, and a warm transfer (a private consult
 * while the caller hears music, then hand over). Media is checked by inbound RTP bytes per peer
 * connection.
 */
@ExtendWith(SharedServer.class)
class CallTransferBrowserIT {

  private final List<AutoCloseable> browsers = new ArrayList<>();

  @AfterEach
  void closeBrowsers() throws Exception {
    for (int i = browsers.size() - 1; i >= 0; i--) {
      browsers.get(i).close();
    }
  }

  @Test
  void anExpertConsultedVisiblyHearsAndIsHeardByBothAndTheCallGoesOnWhenTheExpertLeaves(
      ParleyServer server) {
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String callQueue = admin.callQueue();
    Workstation agent = agent(server.baseUri(), admin.agent(callQueue, "Ana Agent"));
    // The expert serves a chat queue only, so the call is never offered to them.
    Workstation expert = agent(server.baseUri(), admin.agent(admin.queue(), "Eli Expert"));
    WidgetPage visitor = calling(server, admin, callQueue, "Carla");
    agent.answerCall();
    inCall(visitor, agent);

    agent.consultOnCall(expert.username, false, "Which plan fits a family of five?");
    expert.answerCall();
    expert.awaitCallState("active");
    expert.awaitRemotePeers("customer", peer(agent));
    agent.awaitRemotePeers("customer", peer(expert));
    awaitRemoteMedia(visitor, peer(agent), peer(expert));
    growingOnEach(visitor.browser, 2, "the caller receives agent and expert");
    growingOnEach(agent.browser, 2, "the agent receives caller and expert");
    growingOnEach(expert.browser, 2, "the expert receives caller and agent");

    expert.callButton("call-leave");
    awaitOutOfCall(expert);
    agent.awaitRemotePeers("customer");
    awaitRemoteMedia(visitor, peer(agent));
    assertThat(agent.callState()).isEqualTo("active");
    assertThat(visitor.callState()).isEqualTo("active");
    growingOnEach(visitor.browser, 1, "the caller still receives the agent");
    growingOnEach(agent.browser, 1, "the agent still receives the caller");

    agent.callButton("call-hangup");
    visitor.awaitCallState("ended");
  }

  @Test
  void aCallTransferredToAnotherQueueIsAnsweredThereAndTheCallerTalksToTheNewAgent(
      ParleyServer server) {
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String firstLine = admin.callQueue();
    String secondLine = admin.callQueue();
    Workstation first = agent(server.baseUri(), admin.agent(firstLine, "Fay First"));
    Workstation second = agent(server.baseUri(), admin.agent(secondLine, "Sid Second"));
    WidgetPage visitor = calling(server, admin, firstLine, "Carla");
    first.answerCall();
    inCall(visitor, first);
    visitor.awaitAgentName("Fay First");

    first.transferCallToQueue(secondLine, "wants a refund on order 42");
    awaitOutOfCall(first);
    second.answerCall();
    second.awaitCallState("active");
    visitor.awaitAgentName("Sid Second");
    visitor.awaitCallState("active");
    second.awaitRemotePeers("customer");
    awaitRemoteMedia(visitor, peer(second));
    growingOnEach(visitor.browser, 1, "the caller receives the new agent");
    growingOnEach(second.browser, 1, "the new agent receives the caller");
    awaitOutOfCall(first); // and the first agent did not get it back

    second.callButton("call-hangup");
    visitor.awaitCallState("ended");
  }

  @Test
  void aWarmTransferLetsTheAgentsTalkWhileTheCallerHearsMusicThenHandsTheCallOver(
      ParleyServer server) {
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String callQueue = admin.callQueue();
    Workstation first = agent(server.baseUri(), admin.agent(callQueue, "Wes Warm"));
    // The colleague serves a chat queue only, so the call is never offered to them.
    Workstation colleague = agent(server.baseUri(), admin.agent(admin.queue(), "Cy Colleague"));
    WidgetPage visitor = calling(server, admin, callQueue, "Carla");
    first.answerCall();
    inCall(visitor, first);

    first.consultOnCall(colleague.username, true, "Can you take this customer over?");
    colleague.answerCall();
    // Both agents' panels say the caller is on hold (hearing music) while they talk.
    colleague.awaitCallState("held");
    first.awaitCallState("held");
    colleague.awaitRemotePeers(peer(first));
    visitor.awaitCallState("held");
    new WebDriverWait(visitor.browser, Duration.ofSeconds(15))
        .withMessage("the caller hears the hold music during the private consult")
        .until(d -> visitor.holdMusicPlaying());
    assertThat(visitor.remoteMedia()).doesNotContain(peer(colleague));
    growingOnEach(colleague.browser, 1, "the colleague receives the agent");
    // The agent's connections in the order opened: the caller's, then the colleague's.
    growingOn(first.browser, 1, 2, "the agent receives the colleague");

    first.callButton("call-handover");
    awaitOutOfCall(first);
    colleague.awaitRemotePeers("customer");
    colleague.awaitCallState("active");
    visitor.awaitCallState("active");
    visitor.awaitAgentName("Cy Colleague");
    awaitRemoteMedia(visitor, peer(colleague));
    assertThat(visitor.holdMusicPlaying()).as("the hold music stopped").isFalse();
    growingOnEach(visitor.browser, 1, "the caller receives the colleague");
    growingOnEach(colleague.browser, 1, "the colleague receives the caller");

    colleague.callButton("call-hangup");
    visitor.awaitCallState("ended");
  }

  private Workstation agent(URI base, String username) {
    Workstation desk = Workstation.availableWithMedia(base, username);
    browsers.add(desk);
    return desk;
  }

  /** A visitor who video-calls into {@code queue} and waits for an agent. */
  private WidgetPage calling(ParleyServer server, ChatAdmin admin, String queue, String name) {
    String entryPoint = admin.entryPoint(queue, pageOrigin(server.baseUri()));
    WidgetPage visitor = WidgetPage.openWithMedia(server.baseUri(), entryPoint);
    browsers.add(visitor);
    visitor.openPanel();
    visitor.startCall("VIDEO", name, "billing");
    visitor.awaitCallState("queued");
    return visitor;
  }

  /** The caller and the agent are in the call, each receiving the other's media. */
  private static void inCall(WidgetPage visitor, Workstation agent) {
    agent.awaitCallState("active");
    visitor.awaitCallState("active");
    growingOnEach(visitor.browser, 1, "the caller receives the agent");
    growingOnEach(agent.browser, 1, "the agent receives the caller");
  }

  /** Waits until the workstation shows no call in progress (the panel gone, or ended). */
  private static void awaitOutOfCall(Workstation desk) {
    desk.waiting(Duration.ofSeconds(30))
        .withMessage(() -> desk.username + " is out of the call (state " + desk.callState() + ")")
        .until(d -> desk.callState() == null || "ended".equals(desk.callState()));
  }

  private static void awaitRemoteMedia(WidgetPage visitor, String... peers) {
    Set<String> wanted = Set.of(peers);
    new WebDriverWait(visitor.browser, Duration.ofSeconds(30))
        .withMessage(() -> "the caller plays " + wanted + "; it plays " + visitor.remoteMedia())
        .until(d -> new HashSet<>(visitor.remoteMedia()).equals(wanted));
  }

  private static String peer(Workstation desk) {
    return "agent:" + desk.username;
  }
}
