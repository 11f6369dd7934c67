package dev.parley.it.chat;

import static dev.parley.it.chat.CallSignalingIT.join;
import static dev.parley.it.chat.CallSignalingIT.sdp;
import static dev.parley.it.chat.CallSignalingIT.startCall;
import static dev.parley.it.support.DemoAccounts.ADMIN;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitoring a live call over the running server, peer to peer (docs/supervisor-protocol.md,
 * "Monitoring live calls"): only a live call, the supervisor's signaling reaches the agent only,
 * the caller is told nothing, the agent is told the supervisor and each mode, forged frames are
 * refused, and every start, mode change and end is in the audit trail.
 */
@ExtendWith(SharedServer.class)
class MonitoringSignalingIT {

  private static final String ME = "supervisor:" + SUPERVISOR;

  private ChatSetup setup;

  @BeforeEach
  void setUp(ParleyServer server) {
    setup = new ChatSetup(server.baseUri());
  }

  static JsonObject monitor(String type, String conversation, String mode) {
    var b = Json.createObjectBuilder().add("type", type).add("conversationId", conversation);
    return mode == null ? b.build() : b.add("mode", mode).build();
  }

  @Test
  void aSupervisorMonitorsALiveCallThroughTheAgentOnlyAndEveryStepIsAudited() throws Exception {
    String queue = setup.callQueue(30);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    ApiClient supervisorApi = ApiClient.loggedIn(setup.base, SUPERVISOR, PASSWORD);
    try (ChatSetup.Agent agent = setup.agent(queue, "Mia Monitored", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP);
        ChatSocket supervisor = ChatSocket.supervisor(supervisorApi)) {
      visitor.hello(null, 0);
      visitor.send(startCall("VOICE"));
      String call = visitor.next("status", "status", "QUEUED").getString("conversationId");
      visitor.send(join(null, false));
      visitor.next("callPeers");

      supervisor.send(monitor("monitorStart", call, "LISTEN"));
      assertThat(supervisor.next("error").getString("message"))
          .as("a call still waiting")
          .startsWith("NOT_ALLOWED");

      agent.accept(call);
      agent.socket().send(join(call, false));
      agent.socket().next("callPeers");
      visitor.next("callPeerJoined");
      String me = "agent:" + agent.username();

      supervisor.send(monitor("monitorStart", call, "SHOUT"));
      assertThat(supervisor.next("error").getString("message")).startsWith("INVALID");
      supervisor.send(sdp(call, me, "offer", "v=0 early"));
      assertThat(supervisor.next("error").getString("message")).startsWith("NOT_IN_CALL");

      supervisor.send(monitor("monitorStart", call, "LISTEN"));
      JsonObject peers = supervisor.next("callPeers");
      assertThat(peers.getString("mode")).isEqualTo("PEER_TO_PEER");
      assertThat(peers.getJsonArray("peers")).hasSize(1);
      JsonObject peer = peers.getJsonArray("peers").getJsonObject(0);
      assertThat(peer.getString("id")).isEqualTo(me);
      assertThat(peer.getBoolean("offer")).isTrue();
      assertThat(supervisor.next("callMonitor").getString("mode")).isEqualTo("LISTEN");

      JsonObject joined = agent.socket().next("callPeerJoined").getJsonObject("peer");
      assertThat(joined.getString("id")).isEqualTo(ME);
      assertThat(joined.getString("role")).isEqualTo("SUPERVISOR");
      assertThat(joined.getBoolean("offer")).isFalse();
      JsonObject told = agent.socket().next("callMonitor");
      assertThat(told.getString("supervisor")).isEqualTo(ME);
      assertThat(told.getString("mode")).isEqualTo("LISTEN");

      supervisor.send(sdp(call, "customer", "offer", "v=0 forged"));
      assertThat(supervisor.next("error").getString("message")).startsWith("NOT_IN_CALL");
      supervisor.send(sdp("c-elsewhere", me, "offer", "v=0 forged"));
      assertThat(supervisor.next("error").getString("message")).startsWith("NOT_IN_CALL");
      visitor.send(sdp(null, ME, "offer", "v=0 forged"));
      assertThat(visitor.next("error").getString("code")).isEqualTo("NOT_IN_CALL");

      supervisor.send(sdp(call, me, "offer", "v=0 supervisor-offer"));
      JsonObject atAgent = agent.socket().next("callSdp");
      assertThat(atAgent.getString("peer")).isEqualTo(ME);
      assertThat(atAgent.getJsonObject("description").getString("sdp"))
          .isEqualTo("v=0 supervisor-offer");
      agent.socket().send(sdp(call, ME, "answer", "v=0 agent-answer"));
      assertThat(supervisor.next("callSdp").getJsonObject("description").getString("sdp"))
          .isEqualTo("v=0 agent-answer");

      supervisor.send(monitor("monitorMode", call, "WHISPER"));
      assertThat(agent.socket().next("callMonitor").getString("mode")).isEqualTo("WHISPER");
      supervisor.send(monitor("monitorMode", call, "BARGE"));
      assertThat(agent.socket().next("callMonitor").getString("mode")).isEqualTo("BARGE");
      supervisor.send(monitor("monitorStop", call, null));
      assertThat(agent.socket().next("callPeerLeft").getString("peer")).isEqualTo(ME);
      assertThat(agent.socket().next("callMonitor").get("mode")).isEqualTo(JsonValue.NULL);

      for (String type : List.of("callPeerJoined", "callPeerLeft", "callSdp", "callMonitor")) {
        assertThat(visitor.all(type, 300)).as("the caller is told no " + type).isEmpty();
      }
      supervisor.send(monitor("monitorMode", call, "LISTEN"));
      assertThat(supervisor.next("error").getString("message")).startsWith("NOT_IN_CALL");

      List<String> actions =
          ApiClient.loggedIn(setup.base, ADMIN, PASSWORD)
              .get("api/admin/audit?actor=" + SUPERVISOR)
              .jsonArray()
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(e -> call.equals(e.getString("contact", null)))
              .map(e -> e.getString("action"))
              .toList();
      assertThat(actions)
          .containsExactly("MONITOR_END", "MONITOR_BARGE", "MONITOR_WHISPER", "MONITOR_LISTEN");
    }
  }

  @Test
  void anAgentCannotMonitorAndTheCallsEndEndsTheMonitoring() throws Exception {
    String queue = setup.callQueue(30);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    ApiClient supervisorApi = ApiClient.loggedIn(setup.base, SUPERVISOR, PASSWORD);
    try (ChatSetup.Agent agent = setup.agent(queue, "Max Monitored", null);
        ChatSetup.Agent other = setup.agent(setup.queue(), "Nosy Colleague", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP);
        ChatSocket supervisor = ChatSocket.supervisor(supervisorApi)) {
      visitor.hello(null, 0);
      visitor.send(startCall("VOICE"));
      String call = visitor.next("status", "status", "QUEUED").getString("conversationId");
      visitor.send(join(null, false));
      visitor.next("callPeers"); // the customer is in before the agent: no callPeerJoined later
      agent.accept(call);
      agent.socket().send(join(call, false));
      agent.socket().next("callPeers");

      other.socket().send(monitor("monitorStart", call, "LISTEN"));
      assertThat(other.socket().next("error").getString("message")).isNotBlank();
      // (an agent's /ws/supervisor is closed with 1008: SupervisorSocketIT)
      assertThat(agent.socket().all("callPeerJoined", 300)).isEmpty();

      supervisor.send(monitor("monitorStart", call, "WHISPER"));
      supervisor.next("callPeers");
      assertThat(supervisor.next("callMonitor").getString("mode")).isEqualTo("WHISPER");
      agent.socket().next("callMonitor");

      var ended = agent.api().post("api/agent/contacts/" + call + "/end", "");
      assertThat(ended.status()).as(ended.body()).isEqualTo(200);
      assertThat(supervisor.next("callMonitor").get("mode")).isEqualTo(JsonValue.NULL);
      assertThat(visitor.all("callMonitor", 300)).isEmpty();

      List<String> actions =
          ApiClient.loggedIn(setup.base, ADMIN, PASSWORD)
              .get("api/admin/audit?actor=" + SUPERVISOR)
              .jsonArray()
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(e -> call.equals(e.getString("contact", null)))
              .map(e -> e.getString("action") + " " + e.getString("detail", ""))
              .toList();
      assertThat(actions).first().asString().startsWith("MONITOR_END");
      assertThat(actions).last().asString().startsWith("MONITOR_WHISPER");
    }
  }
}
