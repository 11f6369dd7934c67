package dev.parley.it.routing;

import static dev.parley.it.support.DemoAccounts.AGENT;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box: a contact posted over REST is stored before the answer, offered on the agent's socket,
 * and walked ACTIVE → WRAP_UP → CLOSED by the agent API of docs/agent-api.md. Each test has its own
 * queue and agents.
 */
@ExtendWith(SharedServer.class)
class AgentWorkflowIT {

  private ParleyServer server;
  private RoutingSetup setup;

  @BeforeEach
  void server(ParleyServer server) {
    this.server = server;
    this.setup = new RoutingSetup(server.baseUri());
  }

  private ApiClient availableAgent(String queue) {
    ApiClient agent =
        ApiClient.loggedIn(
            server.baseUri(), setup.agentServing(queue), RoutingSetup.AGENT_PASSWORD);
    var available = RoutingSetup.presence(agent, "{\"presence\":\"AVAILABLE\"}");
    assertThat(available.status()).as(available.body()).isEqualTo(200);
    assertThat(available.json().getString("presence")).isEqualTo("AVAILABLE");
    assertThat(available.json().isNull("breakReason")).as("breakReason present and null").isTrue();
    return agent;
  }

  @Test
  void intakeStoresTheContactBeforeAnsweringAndTheOfferReachesTheAgentsSocket() throws Exception {
    String queue = setup.queue();
    ApiClient agent = availableAgent(queue);
    try (AgentSocket socket = AgentSocket.open(agent)) {
      var posted = setup.contact(queue, "Jane Doe <+4512345678>");

      assertThat(posted.status()).as(posted.body()).isEqualTo(201);
      String id = posted.json().getString("id");
      assertThat(id).startsWith("c-");
      assertThat(posted.header("Location"))
          .anySatisfy(l -> assertThat(l).endsWith("/api/contacts/" + id));
      var stored = setup.admin().get("api/contacts/" + id);
      assertThat(stored.status()).isEqualTo(200);
      assertThat(stored.json().getJsonObject("contact").getString("queue")).isEqualTo(queue);

      JsonObject offer = socket.next("offer").getJsonObject("offer");
      assertThat(offer.getString("contactId")).isEqualTo(id);
      assertThat(offer.getString("channel")).isEqualTo("CHAT");
      assertThat(offer.getString("queueName")).isEqualTo(queue);
      assertThat(offer.getString("customer")).isEqualTo("Jane Doe <+4512345678>");
      assertThat(offer.getString("expiresAt")).isGreaterThan(offer.getString("offeredAt"));

      var state = agent.get("api/agent/state").json();
      assertThat(state.getJsonArray("offers").getJsonObject(0).getString("contactId"))
          .isEqualTo(id);
      JsonObject decision =
          setup
              .admin()
              .get("api/contacts/" + id)
              .json()
              .getJsonArray("explanation")
              .getJsonObject(0);
      assertThat(decision.getString("rule")).isEqualTo("STRATEGY");
      assertThat(decision.getString("chosenAgent")).startsWith("ag-");
    }
  }

  @Test
  void acceptEndAndWrapUpTakeTheContactToClosedAndARequiredDispositionIsEnforced()
      throws Exception {
    String queue = setup.queue();
    ApiClient agent = availableAgent(queue);
    try (AgentSocket socket = AgentSocket.open(agent)) {
      String id = setup.contact(queue, "cust-" + UUID.randomUUID()).json().getString("id");
      socket.next("offer");

      var accepted = agent.post("api/agent/offers/" + id + "/accept", "");
      assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
      JsonObject active = accepted.json().getJsonArray("contacts").getJsonObject(0);
      assertThat(active.getString("contactId")).isEqualTo(id);
      assertThat(active.getString("state")).isEqualTo("ACTIVE");
      assertThat(active.getBoolean("dispositionRequired")).isTrue();
      assertThat(accepted.json().getJsonArray("offers")).isEmpty();
      assertThat(socket.next("contactState").getString("state")).isEqualTo("ACTIVE");

      var ended = agent.post("api/agent/contacts/" + id + "/end", "");
      assertThat(ended.status()).as(ended.body()).isEqualTo(200);
      JsonObject wrapping = ended.json().getJsonArray("contacts").getJsonObject(0);
      assertThat(wrapping.getString("state")).isEqualTo("WRAP_UP");
      assertThat(wrapping.getString("wrapUpEndsAt")).isNotBlank();
      assertThat(socket.next("contactState").getString("state")).isEqualTo("WRAP_UP");

      var missing = agent.post("api/agent/contacts/" + id + "/wrap-up", "{\"disposition\":null}");
      assertThat(missing.status()).isEqualTo(400);
      assertThat(missing.json().getString("error")).contains("requires a disposition");

      var closed =
          agent.post("api/agent/contacts/" + id + "/wrap-up", "{\"disposition\":\"RESOLVED\"}");
      assertThat(closed.status()).as(closed.body()).isEqualTo(200);
      assertThat(closed.json().getJsonArray("contacts")).isEmpty();
      assertThat(socket.next("contactState").getString("state")).isEqualTo("CLOSED");

      JsonObject detail = setup.admin().get("api/contacts/" + id).json();
      assertThat(detail.getJsonObject("contact").getString("state")).isEqualTo("CLOSED");
      assertThat(detail.getJsonObject("contact").getString("disposition")).isEqualTo("RESOLVED");
      assertThat(detail.getJsonArray("history").getValuesAs(JsonObject.class))
          .filteredOn(h -> "STATE".equals(h.getString("kind")))
          .extracting(h -> h.getString("toState"))
          .containsExactly("QUEUED", "OFFERED", "ACTIVE", "WRAP_UP", "CLOSED");
      assertThat(detail.getJsonArray("history").getValuesAs(JsonObject.class))
          .extracting(h -> h.getString("kind"))
          .contains("OFFERED", "ACCEPTED", "DECISION");
    }
  }

  @Test
  void anAgentCannotAcceptAnOfferMadeToAnotherAgent() throws Exception {
    String queue = setup.queue();
    ApiClient offered = availableAgent(queue);
    ApiClient other =
        ApiClient.loggedIn(
            server.baseUri(), setup.agentServing(queue), RoutingSetup.AGENT_PASSWORD);
    assertThat(
            RoutingSetup.presence(other, "{\"presence\":\"BREAK\",\"reason\":\"Lunch\"}").status())
        .isEqualTo(200);
    try (AgentSocket socket = AgentSocket.open(offered)) { // only a connected agent is offered work
      String id = setup.contact(queue, "cust-" + UUID.randomUUID()).json().getString("id");

      var stolen = other.post("api/agent/offers/" + id + "/accept", "");
      var rightful = offered.post("api/agent/offers/" + id + "/accept", "");

      assertThat(stolen.status()).isEqualTo(403);
      assertThat(rightful.status()).as(rightful.body()).isEqualTo(200);
      assertThat(other.post("api/agent/contacts/" + id + "/end", "").status()).isEqualTo(403);
    }
  }

  @Test
  void rolesAreChecked() {
    String queue = setup.queue();
    ApiClient anonymous = new ApiClient(server.baseUri());
    ApiClient agent = ApiClient.loggedIn(server.baseUri(), AGENT, PASSWORD);
    ApiClient supervisor = ApiClient.loggedIn(server.baseUri(), SUPERVISOR, PASSWORD);

    assertThat(anonymous.get("api/agent/state").status()).isEqualTo(401);
    assertThat(
            anonymous
                .post(
                    "api/contacts",
                    "{\"channel\":\"CHAT\",\"queue\":\"" + queue + "\",\"customer\":\"x\"}")
                .status())
        .isEqualTo(401);
    assertThat(anonymous.get("api/supervisor/queues").status()).isEqualTo(401);
    assertThat(
            agent
                .post(
                    "api/contacts",
                    "{\"channel\":\"CHAT\",\"queue\":\"" + queue + "\",\"customer\":\"x\"}")
                .status())
        .isEqualTo(403);
    assertThat(agent.get("api/supervisor/agents").status()).isEqualTo(403);
    assertThat(supervisor.get("api/agent/state").status()).isEqualTo(403);
    assertThat(supervisor.get("api/supervisor/queues").status()).isEqualTo(200);
    assertThat(agent.get("api/customers/nobody/contacts").status()).isEqualTo(200);
  }

  @Test
  void badIntakeIsRefusedWithNothingStored() {
    String queue = setup.queue();
    String customer = "cust-" + UUID.randomUUID();

    var unknownQueue =
        setup
            .admin()
            .post(
                "api/contacts",
                "{\"channel\":\"CHAT\",\"queue\":\"no-such-queue\",\"customer\":\""
                    + customer
                    + "\"}");
    var unknownChannel =
        setup
            .admin()
            .post(
                "api/contacts",
                "{\"channel\":\"FAX\",\"queue\":\""
                    + queue
                    + "\",\"customer\":\""
                    + customer
                    + "\"}");
    var unserved =
        setup
            .admin()
            .post(
                "api/contacts",
                "{\"channel\":\"EMAIL\",\"queue\":\""
                    + queue
                    + "\",\"customer\":\""
                    + customer
                    + "\"}");

    // Too long as given, though its address alone would be a short key.
    String longName = "Jane " + "x".repeat(200) + " <" + customer + "@example.com>";
    var tooLong =
        setup
            .admin()
            .post(
                "api/contacts",
                "{\"channel\":\"CHAT\",\"queue\":\""
                    + queue
                    + "\",\"customer\":\""
                    + longName
                    + "\"}");

    assertThat(unknownQueue.status()).isEqualTo(400);
    assertThat(unknownChannel.status()).isEqualTo(400);
    assertThat(unserved.status()).isEqualTo(400);
    assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.body()).contains("longer than 200");
    assertThat(setup.contact(queue, customer).status())
        .as("the writer still takes contacts")
        .isEqualTo(201);
    var history = setup.admin().get("api/customers/" + customer + "/contacts");
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.jsonArray()).hasSize(1); // only the good one
    assertThat(setup.admin().get("api/customers/" + customer + "@example.com/contacts").body())
        .isEqualTo("[]");
  }
}
