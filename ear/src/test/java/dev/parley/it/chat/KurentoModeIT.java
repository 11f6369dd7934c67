package dev.parley.it.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.DemoAccounts;
import dev.parley.it.support.ParleyServer;
import dev.parley.media.kurento.KurentoProtocolDouble;
import dev.parley.media.kurento.PlausibleSdp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parley in Kurento mode (own server, port offset 380) against {@link KurentoProtocolDouble}, a
 * test double of Kurento Media Server at its JSON-RPC boundary driven by the real kurento-client:
 * Kurento unreachable at start (Parley starts, readiness says media DEGRADED, a call becomes a chat
 * that says so), Kurento coming back (UP again, a call gets the media server as its peer, music
 * from a player while waiting and on hold, one pipeline released at the end) and Kurento failing
 * mid-call (both sides told, the contact marked, the server keeps working). A supervisor monitors
 * that call through Parley: their browser's peer is the media server, whose hub wiring follows each
 * mode (what every endpoint hears is read from the double), and each step is audited.
 */
class KurentoModeIT {

  private static KurentoProtocolDouble kurento;
  private static ParleyServer server;

  @BeforeAll
  static void start() {
    kurento = KurentoProtocolDouble.stopped();
    server =
        new ParleyServer("kurento-mode", 380)
            .withProperty("parley.kurento.url", kurento.url())
            .prepare()
            .start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (kurento != null) {
      kurento.close();
    }
  }

  private static JsonObject media() {
    var ready = new ApiClient(server.baseUri()).get("health/ready");
    assertThat(ready.status()).as(ready.body()).isEqualTo(200);
    JsonObject report = Json.createReader(new StringReader(ready.body())).readObject();
    return report.getJsonArray("checks").stream()
        .map(c -> c.asJsonObject())
        .filter(c -> c.getString("name").equals("media"))
        .findFirst()
        .orElseThrow()
        .getJsonObject("data");
  }

  private static JsonObject sdp(String conversation, String type, String sdp) {
    var b =
        Json.createObjectBuilder()
            .add("type", "callSdp")
            .add("peer", "media")
            .add("description", Json.createObjectBuilder().add("type", type).add("sdp", sdp));
    return conversation == null ? b.build() : b.add("conversationId", conversation).build();
  }

  /**
   * A supervisor listens, whispers, barges and stops on a live call of customer and agent over
   * {@code /ws/supervisor}: their peer is the media server (never the agent's browser), the double
   * tells who hears whom after each mode, the caller is told nothing, the agent is told each mode,
   * the supervisor's endpoint goes with the stop, and the audit has every step.
   */
  private static void monitorThroughTheMediaServer(
      String call, ChatSetup.Agent agent, ChatSocket visitor) throws Exception {
    List<String> endpoints = kurento.live("WebRtcEndpoint");
    String customer = endpoints.get(0);
    String agentEndpoint = endpoints.get(1);
    ApiClient supervisorApi =
        ApiClient.loggedIn(server.baseUri(), DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
    try (ChatSocket supervisor = ChatSocket.supervisor(supervisorApi)) {
      supervisor.send(MonitoringSignalingIT.monitor("monitorStart", call, "LISTEN"));
      JsonObject peers = supervisor.next("callPeers");
      assertThat(peers.getString("mode")).isEqualTo("KURENTO");
      assertThat(peers.getJsonArray("peers")).hasSize(1);
      assertThat(peers.getJsonArray("peers").getJsonObject(0).getString("id")).isEqualTo("media");
      assertThat(supervisor.next("callMonitor").getString("mode")).isEqualTo("LISTEN");
      assertThat(agent.socket().next("callMonitor").getString("mode")).isEqualTo("LISTEN");

      supervisor.send(sdp(call, "offer", PlausibleSdp.offer(false)));
      JsonObject answer = supervisor.next("callSdp");
      assertThat(answer.getString("peer")).isEqualTo("media");
      assertThat(answer.getJsonObject("description").getString("type")).isEqualTo("answer");
      assertThat(kurento.live("WebRtcEndpoint")).hasSize(3);
      String watcher = kurento.live("WebRtcEndpoint").get(2);

      // listen: hears both, heard by neither
      assertThat(kurento.hears(watcher)).contains(customer, agentEndpoint);
      assertThat(kurento.hears(customer)).doesNotContain(watcher);
      assertThat(kurento.hears(agentEndpoint)).doesNotContain(watcher);

      supervisor.send(MonitoringSignalingIT.monitor("monitorMode", call, "WHISPER"));
      assertThat(agent.socket().next("callMonitor").getString("mode")).isEqualTo("WHISPER");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> kurento.hears(agentEndpoint).contains(watcher));
      assertThat(kurento.hears(customer)).doesNotContain(watcher);

      supervisor.send(MonitoringSignalingIT.monitor("monitorMode", call, "BARGE"));
      assertThat(agent.socket().next("callMonitor").getString("mode")).isEqualTo("BARGE");
      await().atMost(Duration.ofSeconds(10)).until(() -> kurento.hears(customer).contains(watcher));
      assertThat(kurento.hears(agentEndpoint)).contains(watcher);

      supervisor.send(MonitoringSignalingIT.monitor("monitorStop", call, null));
      assertThat(agent.socket().next("callMonitor").get("mode")).isEqualTo(JsonValue.NULL);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> kurento.live("WebRtcEndpoint").size() == 2);
      assertThat(kurento.hears(customer)).doesNotContain(watcher);
      assertThat(kurento.hears(agentEndpoint)).doesNotContain(watcher);
    }
    assertThat(visitor.all("callMonitor", 300)).as("the caller is told no monitoring").isEmpty();
    assertThat(visitor.all("callPeerJoined", 300))
        .as("the caller is told of no supervisor")
        .noneMatch(f -> f.toString().contains(DemoAccounts.SUPERVISOR));
    List<String> actions =
        ApiClient.loggedIn(server.baseUri(), DemoAccounts.ADMIN, DemoAccounts.PASSWORD)
            .get("api/admin/audit?actor=" + DemoAccounts.SUPERVISOR)
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(e -> call.equals(e.getString("contact", null)))
            .map(e -> e.getString("action"))
            .toList();
    assertThat(actions)
        .containsExactly("MONITOR_END", "MONITOR_BARGE", "MONITOR_WHISPER", "MONITOR_LISTEN");
  }

  @Test
  void kurentoUnreachableThenBackThenFailingMidCall() throws Exception {
    JsonObject degraded = media();
    assertThat(degraded.getString("mode")).isEqualTo("KURENTO");
    assertThat(degraded.getString("status")).isEqualTo("DEGRADED");
    assertThat(degraded.getString("detail")).contains(kurento.url());

    ChatSetup setup = new ChatSetup(server.baseUri());
    String queue = setup.callQueue(30);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    ApiClient supervisor =
        ApiClient.loggedIn(server.baseUri(), DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);

    // Unreachable: the call becomes a chat saying so; nothing is lost.
    try (ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      visitor.hello(null, 0);
      visitor.send(CallSignalingIT.startCall("VIDEO"));
      String chat = visitor.next("status", "status", "QUEUED").getString("conversationId");
      assertThat(visitor.next("callFailed").getString("code")).isEqualTo("MEDIA_UNAVAILABLE");
      assertThat(visitor.next("message").getJsonObject("message").getString("text"))
          .contains("Calls are unavailable right now");
      assertThat(supervisor.get("api/contacts/" + chat).body()).contains("\"CHAT\"");
    }

    // Back: readiness UP, a call's peer is the media server, music comes from a player.
    kurento.start();
    await().atMost(Duration.ofSeconds(30)).until(() -> media().getString("status").equals("UP"));
    try (ChatSetup.Agent agent = setup.agent(queue, "Kim Kurento", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      visitor.hello(null, 0);
      ChatSetup.putAs(
          agent.api(), "api/agent/presence", "{\"presence\":\"BREAK\",\"reason\":\"Lunch\"}");
      visitor.send(CallSignalingIT.startCall("VIDEO"));
      String call = visitor.next("status", "status", "QUEUED").getString("conversationId");
      visitor.send(CallSignalingIT.join(null, true));
      JsonObject setupFrame = visitor.next("callPeers");
      assertThat(setupFrame.getString("mode")).isEqualTo("KURENTO");
      assertThat(setupFrame.getBoolean("musicFromServer")).isTrue();
      assertThat(setupFrame.getJsonArray("peers").getJsonObject(0).getString("id"))
          .isEqualTo("media");
      visitor.send(sdp(null, "offer", PlausibleSdp.offer(true)));
      JsonObject answer = visitor.next("callSdp");
      assertThat(answer.getString("peer")).isEqualTo("media");
      assertThat(answer.getJsonObject("description").getString("type")).isEqualTo("answer");
      assertThat(visitor.next("callIce").getJsonObject("candidate").getString("candidate"))
          .contains("typ host");
      await().atMost(Duration.ofSeconds(10)).until(() -> !kurento.live("PlayerEndpoint").isEmpty());
      assertThat(kurento.live("MediaPipeline")).hasSize(1);
      assertThat(media().getInt("pipelines")).isEqualTo(1);

      ChatSetup.putAs(agent.api(), "api/agent/presence", "{\"presence\":\"AVAILABLE\"}");
      agent.accept(call);
      agent.socket().send(CallSignalingIT.join(call, true));
      assertThat(
              agent
                  .socket()
                  .next("callPeers")
                  .getJsonArray("peers")
                  .getJsonObject(0)
                  .getString("id"))
          .isEqualTo("media");
      agent.socket().send(sdp(call, "offer", PlausibleSdp.offer(true)));
      assertThat(agent.socket().next("callSdp").getString("peer")).isEqualTo("media");
      assertThat(kurento.live("WebRtcEndpoint")).hasSize(2);

      monitorThroughTheMediaServer(call, agent, visitor);

      var held = agent.api().post("api/agent/calls/" + call + "/hold", "{\"on\":true}");
      assertThat(held.status()).as(held.body()).isEqualTo(204);
      assertThat(visitor.next("callHold").getBoolean("musicFromServer")).isTrue();

      var ended = agent.api().post("api/agent/contacts/" + call + "/end", "");
      assertThat(ended.status()).as(ended.body()).isEqualTo(200);
      await().atMost(Duration.ofSeconds(10)).until(() -> kurento.live("MediaPipeline").isEmpty());
      assertThat(media().getInt("pipelines")).isZero();
    }

    // Failing mid-call: both sides told, the contact marked, the server goes on.
    try (ChatSetup.Agent agent = setup.agent(queue, "Fred Failure", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      visitor.hello(null, 0);
      visitor.send(CallSignalingIT.startCall("VOICE"));
      String call = visitor.next("status", "status", "QUEUED").getString("conversationId");
      agent.accept(call);
      visitor.send(CallSignalingIT.join(null, false));
      visitor.next("callPeers");
      agent.socket().send(CallSignalingIT.join(call, false));
      agent.socket().next("callPeers");

      kurento.stop();
      assertThat(visitor.next("callFailed").getString("code")).isEqualTo("MEDIA_FAILED");
      assertThat(agent.socket().next("callFailed").getString("code")).isEqualTo("MEDIA_FAILED");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  supervisor
                      .get("api/agent/conversations/" + call + "/messages")
                      .body()
                      .contains("media failed"));
      assertThat(media().getString("status")).isEqualTo("DEGRADED");
      assertThat(new ApiClient(server.baseUri()).get("health/ready").status()).isEqualTo(200);
    }
  }
}
