package dev.parley.it.routing;

import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box: supervisors' live view, customers' history across channels, and unanswered offers
 * withdrawn by routing's timer.
 */
@ExtendWith(SharedServer.class)
class SupervisionIT {

  private ParleyServer server;
  private RoutingSetup setup;

  @BeforeEach
  void server(ParleyServer server) {
    this.server = server;
    this.setup = new RoutingSetup(server.baseUri());
  }

  @Test
  void supervisorsSeeWaitingContactsAndAgentsPresence() {
    String queue = setup.queue();
    String username = setup.agentServing(queue);
    ApiClient agent = ApiClient.loggedIn(server.baseUri(), username, RoutingSetup.AGENT_PASSWORD);
    assertThat(
            RoutingSetup.presence(agent, "{\"presence\":\"BREAK\",\"reason\":\"Meeting\"}")
                .status())
        .isEqualTo(200);
    setup.contact(queue, "cust-" + UUID.randomUUID());
    setup.contact("VOICE", queue, "cust-" + UUID.randomUUID());
    ApiClient supervisor = ApiClient.loggedIn(server.baseUri(), SUPERVISOR, PASSWORD);

    var queues = supervisor.get("api/supervisor/queues");
    var agents = supervisor.get("api/supervisor/agents");

    assertThat(queues.status()).isEqualTo(200);
    var queueRows = Json.createReader(new StringReader(queues.body())).readArray();
    JsonObject row =
        queueRows.getValuesAs(JsonObject.class).stream()
            .filter(q -> q.getString("queue").equals(queue))
            .findFirst()
            .orElseThrow();
    assertThat(row.getInt("waiting")).isEqualTo(2);
    assertThat(row.getJsonNumber("serviceLevelTarget").doubleValue()).isEqualTo(0.8);
    var agentRows = Json.createReader(new StringReader(agents.body())).readArray();
    JsonObject me =
        agentRows.getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("username").equals(username))
            .findFirst()
            .orElseThrow();
    assertThat(me.getString("presence")).isEqualTo("BREAK");
    assertThat(me.getString("breakReason")).isEqualTo("Meeting");
  }

  @Test
  void aCustomersHistorySpansChannels() {
    String queue = setup.queue();
    String customer = "cust-" + UUID.randomUUID();
    String chat = setup.contact("CHAT", queue, customer).json().getString("id");
    String voice = setup.contact("VOICE", queue, customer).json().getString("id");
    ApiClient supervisor = ApiClient.loggedIn(server.baseUri(), SUPERVISOR, PASSWORD);

    var history = supervisor.get("api/customers/" + customer + "/contacts");

    assertThat(history.status()).isEqualTo(200);
    var rows = Json.createReader(new StringReader(history.body())).readArray();
    assertThat(rows.getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("id") + "/" + c.getString("channel"))
        .containsExactly(voice + "/VOICE", chat + "/CHAT");
  }

  @Test
  void unansweredOffersAreWithdrawnByTheTimerAndMakeTheAgentNotResponding() throws Exception {
    String queue = setup.queue(1);
    ApiClient agent =
        ApiClient.loggedIn(
            server.baseUri(), setup.agentServing(queue), RoutingSetup.AGENT_PASSWORD);
    assertThat(RoutingSetup.presence(agent, "{\"presence\":\"AVAILABLE\"}").status())
        .isEqualTo(200);
    try (AgentSocket socket = AgentSocket.open(agent)) {
      String id = setup.contact(queue, "cust-" + UUID.randomUUID()).json().getString("id");
      assertThat(socket.next("offer").getJsonObject("offer").getString("contactId")).isEqualTo(id);

      JsonObject withdrawn = socket.next("offerWithdrawn");

      assertThat(withdrawn.getString("contactId")).isEqualTo(id);
      assertThat(withdrawn.getString("reason")).isEqualTo("TIMEOUT");
      // Nobody else can take it, so it rings here again; three unanswered offers in a row
      // make the agent NOT_RESPONDING, which the server pushes as a presence change.
      JsonObject presence = socket.next("presence");
      assertThat(presence.getString("presence")).isEqualTo("NOT_RESPONDING");
      assertThat(agent.get("api/agent/state").json().getString("presence"))
          .isEqualTo("NOT_RESPONDING");
    }
  }
}
