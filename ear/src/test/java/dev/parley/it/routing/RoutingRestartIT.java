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
 * Black-box, own server (port offset 400): a contact waiting when the server stops is still
 * QUEUED after the restart, with its age, the agent's presence is rebuilt, and the contact is
 * offered as soon as the agent is available again.
 */
class RoutingRestartIT {

  @Test
  void aQueuedContactSurvivesARestartAndIsRoutedWhenTheAgentComesBack() {
    try (ParleyServer server = new ParleyServer("routing-restart", 400).prepare()) {
      server.start();
      RoutingSetup setup = new RoutingSetup(server.baseUri());
      String queue = setup.queue();
      String username = setup.agentServing(queue);
      ApiClient agent = ApiClient.loggedIn(server.baseUri(), username, RoutingSetup.AGENT_PASSWORD);
      assertThat(RoutingSetup.presence(agent, "{\"presence\":\"BREAK\",\"reason\":\"Training\"}").status()).isEqualTo(200);
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
