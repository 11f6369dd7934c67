package dev.parley.it.routing;

import static dev.parley.it.routing.SupervisorSocket.row;
import static dev.parley.it.support.DemoAccounts.ADMIN;
import static dev.parley.it.support.DemoAccounts.AGENT;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box: the supervisors' wallboard socket {@code /ws/supervisor}
 * (docs/supervisor-protocol.md): who may open it and from where, the snapshot it starts with, the
 * sections pushed when routing changes something, and what it answers to frames it does not take.
 */
@ExtendWith(SharedServer.class)
class SupervisorSocketIT {

  private static final String EVIL = "https://evil.example";

  private ParleyServer server;
  private RoutingSetup setup;
  private ApiClient supervisor;

  @BeforeEach
  void server(ParleyServer server) {
    this.server = server;
    this.setup = new RoutingSetup(server.baseUri());
    this.supervisor = ApiClient.loggedIn(server.baseUri(), SUPERVISOR, PASSWORD);
  }

  @Test
  void theFirstFrameIsTheWholeBoard() throws Exception {
    String queue = setup.queue();
    String username = setup.agentServing(queue);
    ApiClient agent = ApiClient.loggedIn(server.baseUri(), username, RoutingSetup.AGENT_PASSWORD);
    assertThat(
            RoutingSetup.presence(agent, "{\"presence\":\"BREAK\",\"reason\":\"Meeting\"}")
                .status())
        .isEqualTo(200);
    setup.contact("CHAT", queue, "cust-" + UUID.randomUUID());
    setup.contact("VOICE", queue, "cust-" + UUID.randomUUID());

    try (var socket = SupervisorSocket.open(server.baseUri(), supervisor)) {
      JsonObject snapshot = socket.next();

      assertThat(snapshot.getString("type")).isEqualTo("snapshot");
      assertThat(Instant.parse(snapshot.getString("at"))).isNotNull();
      assertThat(snapshot.getJsonArray("calls")).isNotNull();
      JsonObject q = row(snapshot, "queues", "queue", queue);
      assertThat(q.getInt("waiting")).isEqualTo(2);
      assertThat(q.getString("oldestWaitingSince")).isNotBlank();
      assertThat(q.getJsonArray("channels").getValuesAs(JsonObject.class))
          .extracting(c -> c.getString("channel") + "=" + c.getInt("waiting"))
          .containsExactly("VOICE=1", "CHAT=1");
      assertThat(q.getInt("agentsOnBreak")).isEqualTo(1);
      assertThat(q.getInt("agentsAvailable")).isZero();
      assertThat(q.getJsonNumber("serviceLevelTarget").doubleValue()).isEqualTo(0.8);
      JsonObject me = row(snapshot, "agents", "username", username);
      assertThat(me.getString("presence")).isEqualTo("BREAK");
      assertThat(me.getString("breakReason")).isEqualTo("Meeting");
      assertThat(Instant.parse(me.getString("presenceSince"))).isBeforeOrEqualTo(Instant.now());
    }
  }

  @Test
  void routingsChangesArePushedWithoutAsking() throws Exception {
    String queue = setup.queue();
    String username = setup.agentServing(queue);
    ApiClient agent = ApiClient.loggedIn(server.baseUri(), username, RoutingSetup.AGENT_PASSWORD);
    try (var socket = SupervisorSocket.open(server.baseUri(), supervisor)) {
      assertThat(
              row(socket.until("snapshot", f -> true), "queues", "queue", queue).getInt("waiting"))
          .isZero();

      setup.contact("CHAT", queue, "cust-" + UUID.randomUUID());

      socket.until("queues", f -> waiting(f, queue) == 1);

      assertThat(
              RoutingSetup.presence(agent, "{\"presence\":\"BREAK\",\"reason\":\"Training\"}")
                  .status())
          .isEqualTo(200);

      // One read of the board carries both changes: its queues frame comes before its agents.
      socket.until("queues", f -> row(f, "queues", "queue", queue).getInt("agentsOnBreak") == 1);
      JsonObject agents = socket.until("agents", f -> "BREAK".equals(presence(f, username)));
      assertThat(row(agents, "agents", "username", username).getString("breakReason"))
          .isEqualTo("Training");
    }
  }

  @Test
  void aCallAnAgentTakesIsListedLiveWithItsAgentAndCustomer() throws Exception {
    String queue = setup.queue();
    String username = setup.agentServing(queue);
    ApiClient agent = RoutingSetup.available(server.baseUri(), username);
    String customer = "+3361" + (1_000_000 + (int) (Math.random() * 8_999_999));
    try (var desk = AgentSocket.open(agent);
        var socket = SupervisorSocket.open(server.baseUri(), supervisor)) {
      socket.until("snapshot", f -> true);
      String call = setup.contact("VOICE", queue, customer).json().getString("id");
      desk.next("offer");

      assertThat(agent.post("api/agent/offers/" + call + "/accept", "").status()).isEqualTo(200);

      JsonObject calls = socket.until("calls", f -> row(f, "calls", "contactId", call) != null);
      JsonObject row = row(calls, "calls", "contactId", call);
      assertThat(row.getString("channel")).isEqualTo("VOICE");
      assertThat(row.getString("queue")).isEqualTo(queue);
      assertThat(row.getString("agent")).isEqualTo(username);
      assertThat(row.getString("customer")).isEqualTo(customer);
      assertThat(Instant.parse(row.getString("answeredAt"))).isBeforeOrEqualTo(Instant.now());
      var rest = supervisor.get("api/supervisor/calls");
      assertThat(rest.status()).isEqualTo(200);
      assertThat(rest.jsonArray().getValuesAs(JsonObject.class))
          .anySatisfy(c -> assertThat(c.getString("contactId")).isEqualTo(call));

      assertThat(agent.post("api/agent/contacts/" + call + "/end", "").status()).isEqualTo(200);

      socket.until("calls", f -> row(f, "calls", "contactId", call) == null);
    }
  }

  @Test
  void anAgentOrAnonymousCallerIsClosedWithPolicyViolation() throws Exception {
    try (var socket =
        SupervisorSocket.open(
            server.baseUri(), ApiClient.loggedIn(server.baseUri(), AGENT, PASSWORD))) {
      assertThat(socket.closeCode()).isEqualTo(1008);
    }
    try (var socket = SupervisorSocket.open(server.baseUri(), null)) {
      assertThat(socket.closeCode()).isEqualTo(1008);
    }
    assertThat(
            ApiClient.loggedIn(server.baseUri(), AGENT, PASSWORD)
                .get("api/supervisor/calls")
                .status())
        .isEqualTo(403);
  }

  @Test
  void anAdminMayWatchToo() throws Exception {
    try (var socket =
        SupervisorSocket.open(
            server.baseUri(), ApiClient.loggedIn(server.baseUri(), ADMIN, PASSWORD))) {
      assertThat(socket.next().getString("type")).isEqualTo("snapshot");
    }
  }

  @Test
  void anotherSitesPageIsRefusedEvenWithTheSupervisorsCookie() throws Exception {
    assertThatThrownBy(() -> SupervisorSocket.open(server.baseUri(), supervisor, EVIL))
        .rootCause()
        .hasMessageContaining("403");
    String own = server.baseUri().getScheme() + "://" + server.baseUri().getAuthority();
    try (var socket = SupervisorSocket.open(server.baseUri(), supervisor, own)) {
      assertThat(socket.next().getString("type")).isEqualTo("snapshot");
    }
  }

  @Test
  void forgedFramesAreAnsweredWithAnErrorAndTheConnectionLives() throws Exception {
    try (var socket = SupervisorSocket.open(server.baseUri(), supervisor)) {
      socket.until("snapshot", f -> true);

      socket.send("{\"type\":\"callJoin\",\"conversationId\":\"c-1\",\"video\":false}");
      assertThat(socket.until("error", f -> true).getString("message")).isNotBlank();
      socket.send("{\"type\":\"changePresence\",\"agent\":\"agent1\",\"presence\":\"OFFLINE\"}");
      socket.until("error", f -> true);
      socket.send("not json at all");
      socket.until("error", f -> true);

      socket.send("{\"type\":\"ping\",\"seq\":7}");
      assertThat(socket.until("pong", f -> true).getInt("seq")).isEqualTo(7);
      socket.send("{\"type\":\"refresh\"}");
      socket.until("snapshot", f -> true);
    }
  }

  @Test
  void anOversizedFrameClosesTheConnectionWith1009() throws Exception {
    try (var socket = SupervisorSocket.open(server.baseUri(), supervisor)) {
      socket.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(20_000) + "\"}");

      assertThat(socket.closeCode()).isEqualTo(1009);
    }
  }

  private static int waiting(JsonObject queues, String queue) {
    JsonObject q = row(queues, "queues", "queue", queue);
    return q == null ? -1 : q.getInt("waiting");
  }

  private static String presence(JsonObject agents, String username) {
    JsonObject a = row(agents, "agents", "username", username);
    return a == null ? null : a.getString("presence");
  }
}
