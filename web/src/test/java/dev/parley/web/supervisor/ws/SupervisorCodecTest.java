package dev.parley.web.supervisor.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.web.platform.ws.MessageCodec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frames of {@code /ws/supervisor} as {@link SupervisorCodec} reads and writes them. */
class SupervisorCodecTest {

  static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");
  static final Instant SINCE = Instant.parse("2026-12-05T09:58:30Z");

  static final LiveStatus.QueueStatus QUEUE =
      new LiveStatus.QueueStatus(
          "billing",
          2,
          90,
          0.75,
          0.8,
          20,
          SINCE,
          List.of(
              new LiveStatus.ChannelWaiting(Channel.VOICE, 1, SINCE),
              new LiveStatus.ChannelWaiting(Channel.CHAT, 1, AT)),
          1,
          2,
          3);

  static final LiveStatus.AgentStatus AGENT =
      new LiveStatus.AgentStatus(
          "agent1",
          PresenceStatus.BREAK,
          "Lunch",
          null,
          true,
          List.of(
              new LiveStatus.Work(
                  "c-1",
                  ContactState.ACTIVE,
                  Channel.VOICE,
                  "billing",
                  "+331234",
                  "Ann",
                  SINCE,
                  "c-1")),
          SINCE);

  static final LiveStatus.LiveCall CALL =
      new LiveStatus.LiveCall("c-1", Channel.VOICE, "billing", "agent1", "+331234", "Ann", SINCE);

  private final SupervisorCodec codec = new SupervisorCodec();

  @Test
  void aSnapshotCarriesTheWholeBoard() {
    JsonObject frame =
        parse(
            codec.write(
                SupervisorServerMessage.Snapshot.of(
                    new LiveStatus.Board(AT, List.of(QUEUE), List.of(AGENT), List.of(CALL)))));

    assertThat(frame.keySet()).containsExactlyInAnyOrder("type", "at", "queues", "agents", "calls");
    assertThat(frame.getString("type")).isEqualTo("snapshot");
    assertThat(frame.getString("at")).isEqualTo("2026-12-05T10:00:00Z");
    JsonObject queue = frame.getJsonArray("queues").getJsonObject(0);
    assertThat(queue.getString("queue")).isEqualTo("billing");
    assertThat(queue.getInt("waiting")).isEqualTo(2);
    assertThat(queue.getJsonNumber("longestWaitSeconds").longValue()).isEqualTo(90);
    assertThat(queue.getJsonNumber("serviceLevel").doubleValue()).isEqualTo(0.75);
    assertThat(queue.getJsonNumber("serviceLevelTarget").doubleValue()).isEqualTo(0.8);
    assertThat(queue.getInt("serviceLevelSeconds")).isEqualTo(20);
    assertThat(queue.getString("oldestWaitingSince")).isEqualTo("2026-12-05T09:58:30Z");
    assertThat(queue.getJsonArray("channels").getJsonObject(0).toString())
        .isEqualTo(
            "{\"channel\":\"VOICE\",\"oldestSince\":\"2026-12-05T09:58:30Z\",\"waiting\":1}");
    assertThat(queue.getInt("agentsAvailable")).isEqualTo(1);
    assertThat(queue.getInt("agentsBusy")).isEqualTo(2);
    assertThat(queue.getInt("agentsOnBreak")).isEqualTo(3);
    JsonObject agent = frame.getJsonArray("agents").getJsonObject(0);
    assertThat(agent.getString("username")).isEqualTo("agent1");
    assertThat(agent.getString("presence")).isEqualTo("BREAK");
    assertThat(agent.getString("breakReason")).isEqualTo("Lunch");
    assertThat(agent.isNull("offlineReason")).isTrue();
    assertThat(agent.getBoolean("connected")).isTrue();
    assertThat(agent.getString("presenceSince")).isEqualTo("2026-12-05T09:58:30Z");
    JsonObject work = agent.getJsonArray("contacts").getJsonObject(0);
    assertThat(work.keySet())
        .containsExactlyInAnyOrder(
            "contactId",
            "state",
            "channel",
            "queue",
            "customer",
            "customerName",
            "since",
            "conversationId");
    assertThat(work.getString("state")).isEqualTo("ACTIVE");
    assertThat(work.getString("customerName")).isEqualTo("Ann");
    JsonObject call = frame.getJsonArray("calls").getJsonObject(0);
    assertThat(call.toString())
        .isEqualTo(
            "{\"agent\":\"agent1\",\"answeredAt\":\"2026-12-05T09:58:30Z\",\"channel\":\"VOICE\","
                + "\"contactId\":\"c-1\",\"customer\":\"+331234\",\"customerName\":\"Ann\","
                + "\"queue\":\"billing\"}");
  }

  @Test
  void eachSectionHasItsOwnFrame() {
    assertThat(codec.write(new SupervisorServerMessage.Calls(AT, List.of())))
        .isEqualTo("{\"type\":\"calls\",\"at\":\"2026-12-05T10:00:00Z\",\"calls\":[]}");
    assertThat(parse(codec.write(new SupervisorServerMessage.Queues(AT, List.of(QUEUE)))).keySet())
        .containsExactlyInAnyOrder("type", "at", "queues");
    assertThat(parse(codec.write(new SupervisorServerMessage.Agents(AT, List.of(AGENT)))).keySet())
        .containsExactlyInAnyOrder("type", "at", "agents");
    assertThat(codec.write(new SupervisorServerMessage.Pong(3)))
        .isEqualTo("{\"type\":\"pong\",\"seq\":3}");
    assertThat(codec.write(new SupervisorServerMessage.Error("no")))
        .isEqualTo("{\"type\":\"error\",\"message\":\"no\"}");
  }

  @Test
  void readsAPingAndARefresh() throws Exception {
    assertThat(codec.read("{\"type\":\"ping\",\"seq\":41}"))
        .isEqualTo(new SupervisorClientMessage.Ping(41));
    assertThat(codec.read("{\"type\":\"refresh\"}"))
        .isEqualTo(new SupervisorClientMessage.Refresh());
  }

  @Test
  void readsTheMonitoringFramesAndTheirSignaling() throws Exception {
    assertThat(
            codec.read(
                "{\"type\":\"monitorStart\",\"conversationId\":\"c-1\",\"mode\":\"LISTEN\"}"))
        .isEqualTo(new SupervisorClientMessage.MonitorStart("c-1", "LISTEN"));
    assertThat(
            codec.read("{\"type\":\"monitorMode\",\"conversationId\":\"c-1\",\"mode\":\"BARGE\"}"))
        .isEqualTo(new SupervisorClientMessage.MonitorMode("c-1", "BARGE"));
    assertThat(codec.read("{\"type\":\"monitorStop\",\"conversationId\":\"c-1\"}"))
        .isEqualTo(new SupervisorClientMessage.MonitorStop("c-1"));
    SupervisorClientMessage sdp =
        codec.read(
            "{\"type\":\"callSdp\",\"conversationId\":\"c-1\",\"peer\":\"agent:ann\","
                + "\"description\":{\"type\":\"offer\",\"sdp\":\"v=0\"}}");
    assertThat(sdp)
        .isEqualTo(
            new SupervisorClientMessage.CallSdp(
                "c-1",
                "agent:ann",
                new dev.parley.web.platform.call.CallWire.Description("offer", "v=0")));
  }

  @Test
  void refusesAnotherSocketsMessagesUnknownTypesAndGarbage() {
    for (String frame :
        List.of(
            "{\"type\":\"callJoin\",\"conversationId\":\"c-1\"}",
            "{\"type\":\"snapshot\"}",
            "{\"seq\":1}",
            "not json",
            "[1]",
            " ")) {
      assertThatThrownBy(() -> codec.read(frame))
          .as(frame)
          .isInstanceOf(MessageCodec.InvalidFrameException.class);
    }
  }

  private static JsonObject parse(String frame) {
    return Json.createReader(new StringReader(frame)).readObject();
  }
}
