package dev.parley.it.routing;

import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Black-box, own server (port offset 500) with a short grace period: an agent's presence follows
 * its {@code /ws/agent} connections (ADR 0013). An agent whose socket is gone longer than the grace
 * leaves routing and its ringing offer goes to another agent with the contact's age kept; a
 * reconnect within the grace changes nothing; after a restart nobody is offered anything before
 * connecting, agents come back as they were, and a ringing offer keeps its deadline.
 */
class PresenceFollowsConnectionIT {

  /**
   * Long enough for a restarted server to be ready and an agent to reconnect within it, short
   * enough not to make the tests wait long.
   */
  private static final int GRACE_SECONDS = 20;

  /** How long a test waits for something that follows the grace period. */
  private static final Duration PAST_GRACE = Duration.ofSeconds(GRACE_SECONDS + 45);

  private static ParleyServer server;

  @BeforeAll
  static void start() {
    server =
        new ParleyServer("presence", 500)
            .withProperty("parley.presence.grace-seconds", String.valueOf(GRACE_SECONDS))
            .prepare()
            .start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void pastTheGraceAnAgentWhoseSocketClosedLeavesAndItsOfferGoesToAnotherAgentWithItsAge()
      throws Exception {
    RoutingSetup setup = new RoutingSetup(server.baseUri());
    String queue = setup.queue();
    String first = setup.agentServing(queue);
    String second = setup.agentServing(queue);
    ApiClient gone = login(first);
    ApiClient other = login(second);
    try (AgentSocket otherSocket = AgentSocket.open(other);
        AgentSocket goneSocket = AgentSocket.open(gone)) {
      assertThat(
              RoutingSetup.presence(other, "{\"presence\":\"BREAK\",\"reason\":\"Lunch\"}")
                  .status())
          .isEqualTo(200);
      assertThat(RoutingSetup.presence(gone, "{\"presence\":\"AVAILABLE\"}").status())
          .isEqualTo(200);
      var older = setup.contact("VOICE", queue, "cust-" + UUID.randomUUID());
      String id = older.json().getString("id");
      String newer =
          setup.contact("VOICE", queue, "cust-" + UUID.randomUUID()).json().getString("id");
      assertThat(offeredIds(gone))
          .containsExactly(id); // its one voice slot rings; the newer call waits

      goneSocket.close(); // the browser closes, or the network drops

      // Within the grace nothing is taken away: still AVAILABLE with the offer, only disconnected.
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> !supervised(first).getBoolean("connected"));
      JsonObject during = supervised(first);
      assertThat(during.getString("presence")).isEqualTo("AVAILABLE");
      assertThat(during.getJsonArray("contacts").getValuesAs(JsonObject.class))
          .extracting(w -> w.getString("contactId") + "/" + w.getString("state"))
          .containsExactly(id + "/OFFERED");

      await("%s left routing after the grace".formatted(first))
          .atMost(PAST_GRACE)
          .until(() -> "OFFLINE".equals(supervised(first).getString("presence")));
      JsonObject out = supervised(first);
      assertThat(out.getString("offlineReason")).isEqualTo("connection lost");
      assertThat(out.getBoolean("connected")).isFalse();
      assertThat(out.getJsonArray("contacts")).isEmpty();
      JsonObject detail = setup.admin().get("api/contacts/" + id).json();
      assertThat(detail.getJsonArray("history").getValuesAs(JsonObject.class))
          .anySatisfy(
              h -> {
                assertThat(h.getString("kind")).isEqualTo("OFFER_WITHDRAWN");
                assertThat(h.getString("agent")).isEqualTo(first);
                assertThat(h.getString("detail")).isEqualTo("connection lost");
              });
      assertThat(RoutingSetup.millis(detail.getJsonObject("contact").getString("receivedAt")))
          .isEqualTo(RoutingSetup.millis(older.json().getString("receivedAt")));

      var available = RoutingSetup.presence(other, "{\"presence\":\"AVAILABLE\"}");

      // The withdrawn call kept its age: it is offered before the call that arrived after it.
      assertThat(RoutingSetup.offeredIds(available.json())).containsExactly(id);
      assertThat(RoutingSetup.contactState(setup, newer)).isEqualTo("QUEUED");
    }
  }

  @Test
  void aReconnectWithinTheGraceChangesNothing() throws Exception {
    RoutingSetup setup = new RoutingSetup(server.baseUri());
    String queue = setup.queue();
    String reloading = setup.agentServing(queue);
    String witness = setup.agentServing(setup.queue());
    ApiClient agent = login(reloading);
    ApiClient away = login(witness);
    AgentSocket socket = AgentSocket.open(agent);
    assertThat(RoutingSetup.presence(agent, "{\"presence\":\"AVAILABLE\"}").status())
        .isEqualTo(200);
    AgentSocket awaySocket = AgentSocket.open(away);
    assertThat(RoutingSetup.presence(away, "{\"presence\":\"AVAILABLE\"}").status()).isEqualTo(200);
    String id = setup.contact(queue, "cust-" + UUID.randomUUID()).json().getString("id");
    JsonObject offer = agent.get("api/agent/state").json().getJsonArray("offers").getJsonObject(0);
    assertThat(offer.getString("contactId")).isEqualTo(id);

    socket.close(); // a reload: the page goes away and comes back
    awaySocket.close(); // the witness stays away, and leaves when its grace (begun later) is over
    try (AgentSocket reloaded = AgentSocket.open(agent)) {
      await("the witness's grace is over, so %s's would be too".formatted(reloading))
          .atMost(PAST_GRACE)
          .until(() -> "OFFLINE".equals(supervised(witness).getString("presence")));

      JsonObject state = agent.get("api/agent/state").json();
      assertThat(state.getString("presence")).isEqualTo("AVAILABLE");
      assertThat(state.getJsonArray("offers").getValuesAs(JsonObject.class)).containsExactly(offer);
      assertThat(supervised(reloading).getBoolean("connected")).isTrue();
      assertThat(
              setup
                  .admin()
                  .get("api/contacts/" + id)
                  .json()
                  .getJsonArray("history")
                  .getValuesAs(JsonObject.class))
          .noneMatch(h -> h.getString("kind").equals("OFFER_WITHDRAWN"));
      assertThat(agent.post("api/agent/offers/" + id + "/accept", "").status()).isEqualTo(200);
    }
  }

  @Test
  void afterARestartNobodyIsOfferedAnythingBeforeConnectingAndAgentsComeBackAsTheyWere()
      throws Exception {
    RoutingSetup setup = new RoutingSetup(server.baseUri());
    String queue = setup.queue();
    String returning = setup.agentServing(queue);
    String staying = setup.agentServing(queue);
    ApiClient returningClient = login(returning);
    ApiClient stayingClient = login(staying);
    try (AgentSocket a = AgentSocket.open(returningClient);
        AgentSocket b = AgentSocket.open(stayingClient)) {
      assertThat(RoutingSetup.presence(returningClient, "{\"presence\":\"AVAILABLE\"}").status())
          .isEqualTo(200);
      assertThat(RoutingSetup.presence(stayingClient, "{\"presence\":\"AVAILABLE\"}").status())
          .isEqualTo(200);

      server.stop();
      server.start();
    }

    RoutingSetup after = new RoutingSetup(server.baseUri());
    var posted = after.contact(queue, "cust-" + UUID.randomUUID());
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    String id = posted.json().getString("id");
    assertThat(posted.json().getString("state"))
        .as("two AVAILABLE agents, neither connected")
        .isEqualTo("QUEUED");
    ApiClient back = login(returning);
    assertThat(back.get("api/agent/state").json().getString("presence")).isEqualTo("AVAILABLE");
    assertThat(RoutingSetup.contactState(after, id)).isEqualTo("QUEUED");

    try (AgentSocket socket = AgentSocket.open(back)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> offeredIds(back).contains(id));
      assertThat(back.get("api/agent/state").json().getString("presence")).isEqualTo("AVAILABLE");

      await("%s did not reconnect within the grace after the start".formatted(staying))
          .atMost(PAST_GRACE)
          .until(() -> "OFFLINE".equals(supervised(staying).getString("presence")));
      assertThat(supervised(staying).getString("offlineReason")).isEqualTo("connection lost");
      assertThat(supervised(returning).getString("presence")).isEqualTo("AVAILABLE");
    }
  }

  @Test
  void anOfferRingingAcrossARestartKeepsItsOriginalDeadline() throws Exception {
    RoutingSetup setup = new RoutingSetup(server.baseUri());
    String queue = setup.queue(); // 600 s ring time
    String username = setup.agentServing(queue);
    ApiClient agent = login(username);
    JsonObject before;
    String id;
    try (AgentSocket socket = AgentSocket.open(agent)) {
      assertThat(RoutingSetup.presence(agent, "{\"presence\":\"AVAILABLE\"}").status())
          .isEqualTo(200);
      id = setup.contact(queue, "cust-" + UUID.randomUUID()).json().getString("id");
      before = agent.get("api/agent/state").json().getJsonArray("offers").getJsonObject(0);
      assertThat(before.getString("contactId")).isEqualTo(id);

      server.stop();
      server.start();
    }

    ApiClient again = login(username);
    try (AgentSocket socket = AgentSocket.open(again)) {
      JsonObject state = again.get("api/agent/state").json();
      assertThat(state.getString("presence")).isEqualTo("AVAILABLE");
      JsonObject after = state.getJsonArray("offers").getJsonObject(0);
      assertThat(after.getString("contactId")).isEqualTo(id);
      assertThat(RoutingSetup.millis(after.getString("expiresAt")))
          .as("the original deadline, not a fresh ring time")
          .isEqualTo(RoutingSetup.millis(before.getString("expiresAt")));
      assertThat(RoutingSetup.contactState(new RoutingSetup(server.baseUri()), id))
          .isEqualTo("OFFERED");
      assertThat(again.post("api/agent/offers/" + id + "/accept", "").status()).isEqualTo(200);
    }
  }

  private static ApiClient login(String username) {
    return ApiClient.loggedIn(server.baseUri(), username, RoutingSetup.AGENT_PASSWORD);
  }

  /** The supervisors' row of {@code username} in {@code /api/supervisor/agents}. */
  private static JsonObject supervised(String username) {
    ApiClient supervisor = ApiClient.loggedIn(server.baseUri(), SUPERVISOR, PASSWORD);
    return supervisor
        .get("api/supervisor/agents")
        .jsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(a -> a.getString("username").equals(username))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> offeredIds(ApiClient agent) {
    return RoutingSetup.offeredIds(agent.get("api/agent/state").json());
  }
}
