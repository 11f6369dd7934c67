package dev.parley.it.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Black-box, own server (port offset 450): the server is killed with SIGKILL while contacts wait
 * and an agent holds an offer. After the restart every contact is still there with its age, the
 * offered one rings on at the agent once it reconnects, and all of them are routed in their
 * original order. Writes outside routing (an account, a customer link) acknowledged just before the
 * kill are kept too.
 */
class RoutingCrashIT {

  @Test
  void afterKillMinus9EveryWaitingContactIsKeptInOrderAndRouted() throws Exception {
    try (ParleyServer server = new ParleyServer("routing-crash", 450).prepare()) {
      server.start();
      RoutingSetup setup = new RoutingSetup(server.baseUri());
      String queue = setup.queue();
      String username = setup.agentServing(queue);
      ApiClient agent = ApiClient.loggedIn(server.baseUri(), username, RoutingSetup.AGENT_PASSWORD);
      assertThat(
              RoutingSetup.presence(agent, "{\"presence\":\"BREAK\",\"reason\":\"Meeting\"}")
                  .status())
          .isEqualTo(200);
      List<String> ids = new ArrayList<>();
      List<Instant> received = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        // Voice: a ringing call holds the agent's only voice slot, so the others must wait.
        var posted = setup.contact("VOICE", queue, "crash-" + UUID.randomUUID());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        ids.add(posted.json().getString("id"));
        received.add(RoutingSetup.millis(posted.json().getString("receivedAt")));
      }
      try (AgentSocket socket = AgentSocket.open(agent)) {
        var available = RoutingSetup.presence(agent, "{\"presence\":\"AVAILABLE\"}");
        assertThat(RoutingSetup.offeredIds(available.json())).containsExactly(ids.get(0));
        assertThat(RoutingSetup.contactState(setup, ids.get(1))).isEqualTo("QUEUED");

        server.crash();
        server.start();
      }

      RoutingSetup after = new RoutingSetup(server.baseUri());
      for (int i = 0; i < 3; i++) {
        var kept = after.admin().get("api/contacts/" + ids.get(i));
        assertThat(kept.status())
            .as("contact %d after the restart: %s", i, kept.body())
            .isEqualTo(200);
        JsonObject contact = kept.json().getJsonObject("contact");
        assertThat(contact.getString("state")).as("contact %d", i).isIn("QUEUED", "OFFERED");
        assertThat(RoutingSetup.millis(contact.getString("receivedAt")))
            .as("age of contact %d", i)
            .isEqualTo(received.get(i));
      }
      ApiClient again = ApiClient.loggedIn(server.baseUri(), username, RoutingSetup.AGENT_PASSWORD);
      try (AgentSocket socket = AgentSocket.open(again)) {
        assertThat(RoutingSetup.presence(again, "{\"presence\":\"AVAILABLE\"}").status())
            .isEqualTo(200);
        for (String expected : ids) {
          JsonObject state = again.get("api/agent/state").json();
          assertThat(RoutingSetup.offeredIds(state)).as("next offer").containsExactly(expected);
          assertThat(again.post("api/agent/offers/" + expected + "/accept", "").status())
              .isEqualTo(200);
          assertThat(again.post("api/agent/contacts/" + expected + "/end", "").status())
              .isEqualTo(200);
          var wrapped =
              again.post(
                  "api/agent/contacts/" + expected + "/wrap-up", "{\"disposition\":\"RESOLVED\"}");
          assertThat(wrapped.status()).as(wrapped.body()).isEqualTo(200);
          assertThat(RoutingSetup.contactState(after, expected)).isEqualTo("CLOSED");
        }
      }
    }
  }

  @Test
  void anAccountAndALinkAcknowledgedJustBeforeAKillMinus9AreKept() {
    // The embedded H2 store writes commits in the background (WRITE_DELAY); these writers answer
    // only once their commit is in the file, so the kill straight after the answers loses neither.
    try (ParleyServer server = new ParleyServer("routing-crash", 450).prepare()) {
      server.start();
      RoutingSetup setup = new RoutingSetup(server.baseUri());
      String unique = UUID.randomUUID().toString().substring(0, 8);
      String visitor = "visitor-" + unique;
      String email = "crash." + unique + "@example.com";
      var linked =
          setup
              .admin()
              .post("api/customers/" + visitor + "/links", "{\"identity\":\"" + email + "\"}");
      assertThat(linked.status()).as(linked.body()).isEqualTo(200);
      String username = "crash-" + unique;
      var account =
          setup
              .admin()
              .post(
                  "api/admin/accounts",
                  "{\"username\":\"%s\",\"displayName\":\"Kept\",\"password\":\"%s\",\"roles\":[\"agent\"]}"
                      .formatted(username, RoutingSetup.AGENT_PASSWORD));
      assertThat(account.status()).as(account.body()).isEqualTo(201);

      server.crash();
      server.start();

      RoutingSetup after = new RoutingSetup(server.baseUri());
      var customer = after.admin().get("api/customers/" + email).json();
      assertThat(
              customer.getJsonArray("identities").getValuesAs(JsonString.class).stream()
                  .map(JsonString::getString))
          .containsExactlyInAnyOrder(visitor, email);
      ApiClient agent = ApiClient.loggedIn(server.baseUri(), username, RoutingSetup.AGENT_PASSWORD);
      assertThat(agent.get("api/agent/state").status()).isEqualTo(200);
    }
  }
}
