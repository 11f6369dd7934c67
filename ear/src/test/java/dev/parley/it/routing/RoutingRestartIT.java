package dev.parley.it.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Black-box, own server (port offset 400): a contact waiting when the server stops is still QUEUED
 * after the restart, with its age, the agent's presence is rebuilt, and the contact is offered as
 * soon as the agent is connected and available again; who served a customer is remembered, so a
 * returning customer (under any of their linked identities) still reaches that agent.
 */
class RoutingRestartIT {

  @Test
  void aQueuedContactSurvivesARestartAndIsRoutedWhenTheAgentComesBack() throws Exception {
    try (ParleyServer server = new ParleyServer("routing-restart", 400).prepare()) {
      server.start();
      RoutingSetup setup = new RoutingSetup(server.baseUri());
      String queue = setup.queue();
      String username = setup.agentServing(queue);
      ApiClient agent = ApiClient.loggedIn(server.baseUri(), username, RoutingSetup.AGENT_PASSWORD);
      assertThat(
              RoutingSetup.presence(agent, "{\"presence\":\"BREAK\",\"reason\":\"Training\"}")
                  .status())
          .isEqualTo(200);
      var posted = setup.contact(queue, "cust-" + UUID.randomUUID());
      assertThat(posted.status()).as(posted.body()).isEqualTo(201);
      String id = posted.json().getString("id");
      String receivedAt = posted.json().getString("receivedAt");
      assertThat(posted.json().getString("state")).isEqualTo("QUEUED");

      server.stop();
      server.start();

      RoutingSetup after = new RoutingSetup(server.baseUri());
      JsonObject contact = after.admin().get("api/contacts/" + id).json().getJsonObject("contact");
      assertThat(contact.getString("state")).isEqualTo("QUEUED");
      // The age is kept (compared to the millisecond: the database may store fewer digits).
      assertThat(Instant.parse(contact.getString("receivedAt")).truncatedTo(ChronoUnit.MILLIS))
          .isEqualTo(Instant.parse(receivedAt).truncatedTo(ChronoUnit.MILLIS));
      ApiClient again = ApiClient.loggedIn(server.baseUri(), username, RoutingSetup.AGENT_PASSWORD);
      try (AgentSocket socket = AgentSocket.open(again)) { // the workstation reconnects
        JsonObject rebuilt = again.get("api/agent/state").json();
        assertThat(rebuilt.getString("presence")).isEqualTo("BREAK");
        assertThat(rebuilt.getString("breakReason")).isEqualTo("Training");

        var available = RoutingSetup.presence(again, "{\"presence\":\"AVAILABLE\"}");

        assertThat(available.status()).as(available.body()).isEqualTo(200);
        assertThat(available.json().getJsonArray("offers").getValuesAs(JsonObject.class))
            .extracting(o -> o.getString("contactId"))
            .containsExactly(id);
        assertThat(again.post("api/agent/offers/" + id + "/accept", "").status()).isEqualTo(200);
      }
    }
  }

  @Test
  void whoServedACustomerIsRememberedAcrossARestartForTheirLinkedIdentities() throws Exception {
    try (ParleyServer server = new ParleyServer("routing-restart-sticky", 400).prepare()) {
      server.start();
      RoutingSetup setup = new RoutingSetup(server.baseUri());
      String queue = setup.stickyQueue(3600);
      String first = setup.agentServing(queue);
      String second = setup.agentServing(queue);
      ApiClient firstClient = RoutingSetup.available(server.baseUri(), first);
      ApiClient secondClient = RoutingSetup.available(server.baseUri(), second);
      String unique = UUID.randomUUID().toString().substring(0, 8);
      String phone = "+4570" + (100_000 + Math.abs(unique.hashCode() % 899_999));
      String email = "ann." + unique + "@example.com";
      String servedBy;
      String other;
      try (AgentSocket a = AgentSocket.open(firstClient);
          AgentSocket b = AgentSocket.open(secondClient)) {
        var call = setup.contact("VOICE", queue, phone);
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        String callId = call.json().getString("id");
        servedBy = setup.chosenAgent(callId);
        other = servedBy.equals(first) ? second : first;
        RoutingSetup.handle(servedBy.equals(first) ? firstClient : secondClient, callId);
        var linked =
            setup
                .admin()
                .post(
                    "api/customers/" + phone.replace("+", "%2B") + "/links",
                    "{\"identity\":\"" + email + "\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);

        server.stop();
        server.start();
      }

      RoutingSetup after = new RoutingSetup(server.baseUri());
      // Both workstations reconnect: after a restart nobody is offered work before that.
      try (AgentSocket a =
              AgentSocket.open(
                  ApiClient.loggedIn(server.baseUri(), first, RoutingSetup.AGENT_PASSWORD));
          AgentSocket b =
              AgentSocket.open(
                  ApiClient.loggedIn(server.baseUri(), second, RoutingSetup.AGENT_PASSWORD))) {
        var chat = after.contact("CHAT", queue, email);
        var stranger = after.contact("CHAT", queue, "visitor-" + unique);
        assertThat(chat.status()).as(chat.body()).isEqualTo(201);
        // The other agent has been idle longest: only the remembered service sends Ann back.
        assertThat(after.chosenAgent(chat.json().getString("id"))).isEqualTo(servedBy);
        assertThat(after.rule(chat.json().getString("id"))).isEqualTo("STICKY_AGENT");
        assertThat(after.chosenAgent(stranger.json().getString("id"))).isEqualTo(other);
      }
    }
  }
}
