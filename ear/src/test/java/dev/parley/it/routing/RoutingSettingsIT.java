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
 * Black-box: the engine-wide routing settings (channel weights, aging, no-answer limit) over real
 * HTTP — read, refused when invalid with nothing stored, applied live to contacts already waiting,
 * admins only. The server is shared with other tests, so the settings found are put back whatever
 * happens.
 */
@ExtendWith(SharedServer.class)
class RoutingSettingsIT {
  private static final String PATH = "api/admin/routing-settings";

  private ParleyServer server;
  private RoutingSetup setup;
  private ApiClient admin;

  @BeforeEach
  void server(ParleyServer server) {
    this.server = server;
    this.setup = new RoutingSetup(server.baseUri());
    this.admin = setup.admin();
  }

  private static String settings(String weights, String aging, String noAnswerLimit) {
    return "{\"channelWeights\":{%s},\"agingPerSecond\":%s,\"noAnswerLimit\":%s}"
        .formatted(weights, aging, noAnswerLimit);
  }

  @Test
  void
      chatWeightedAboveVoiceIsOfferedFirstFromContactsAlreadyWaitingAndInvalidSettingsStoreNothing()
          throws Exception {
    var found = admin.get(PATH);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    JsonObject weights = found.json().getJsonObject("channelWeights");
    assertThat(weights.keySet())
        .containsExactlyInAnyOrder("VOICE", "VIDEO", "CHAT", "SMS", "EMAIL", "VOICEMAIL");
    try {
      for (String invalid :
          new String[] {
            settings("\"VOICE\":400,\"VIDEO\":300,\"CHAT\":200,\"SMS\":100", "1", "3"),
            settings(
                "\"VOICE\":400,\"VIDEO\":300,\"CHAT\":200,\"SMS\":100,\"EMAIL\":0,\"FAX\":5",
                "1",
                "3"),
            settings("\"VOICE\":-1,\"VIDEO\":300,\"CHAT\":200,\"SMS\":100,\"EMAIL\":0", "1", "3"),
            settings(
                "\"VOICE\":400,\"VIDEO\":300,\"CHAT\":200,\"SMS\":100,\"EMAIL\":0", "-0.5", "3"),
            settings(
                "\"VOICE\":400,\"VIDEO\":300,\"CHAT\":200,\"SMS\":100,\"EMAIL\":0", "1", "101"),
            "{\"channelWeights\":\"loud\"}"
          }) {
        var refused = RoutingSetup.put(admin, PATH, invalid);
        assertThat(refused.status()).as(invalid + " -> " + refused.body()).isEqualTo(400);
        assertThat(refused.json().containsKey("error"))
            .as(invalid + " -> " + refused.body())
            .isTrue();
      }
      assertThat(admin.get(PATH).json()).as("nothing stored").isEqualTo(found.json());

      // A call and then a chat wait in a queue nobody serves yet: by default the call is first.
      String queue = setup.queue();
      String call =
          setup.contact("VOICE", queue, "cust-" + UUID.randomUUID()).json().getString("id");
      String chat =
          setup.contact("CHAT", queue, "cust-" + UUID.randomUUID()).json().getString("id");

      var changed =
          RoutingSetup.put(
              admin,
              PATH,
              settings("\"voice\":100,\"VIDEO\":0,\"CHAT\":900,\"SMS\":0,\"EMAIL\":0", "0", "5"));
      assertThat(changed.status()).as(changed.body()).isEqualTo(200);
      assertThat(changed.json().getJsonObject("channelWeights").getInt("CHAT")).isEqualTo(900);
      assertThat(changed.json().getJsonObject("channelWeights").getInt("VOICE")).isEqualTo(100);
      assertThat(admin.get(PATH).json()).isEqualTo(changed.json());

      // The agent's first offer is the chat; the call then waits (chat is not interruptible).
      String username = setup.agentServing(queue);
      ApiClient agent = ApiClient.loggedIn(server.baseUri(), username, RoutingSetup.AGENT_PASSWORD);
      try (AgentSocket socket = AgentSocket.open(agent)) {
        assertThat(RoutingSetup.presence(agent, "{\"presence\":\"AVAILABLE\"}").status())
            .isEqualTo(200);
        JsonObject offer = socket.next("offer").getJsonObject("offer");
        assertThat(offer.getString("contactId")).isEqualTo(chat);
        assertThat(
                admin
                    .get("api/contacts/" + call)
                    .json()
                    .getJsonObject("contact")
                    .getString("state"))
            .isEqualTo("QUEUED");
        assertThat(agent.post("api/agent/offers/" + chat + "/accept", "").status()).isEqualTo(200);
      }
    } finally {
      var restored = RoutingSetup.put(admin, PATH, found.body());
      assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    }
  }

  @Test
  void onlyAdminsMayReadOrChangeTheSettings() {
    String body = admin.get(PATH).body();
    for (ApiClient caller :
        new ApiClient[] {
          ApiClient.loggedIn(server.baseUri(), AGENT, PASSWORD),
          ApiClient.loggedIn(server.baseUri(), SUPERVISOR, PASSWORD)
        }) {
      assertThat(caller.get(PATH).status()).isEqualTo(403);
      assertThat(RoutingSetup.put(caller, PATH, body).status()).isEqualTo(403);
    }
    assertThat(new ApiClient(server.baseUri()).get(PATH).status()).isEqualTo(401);
    assertThat(admin.get(PATH).body()).isEqualTo(body);
  }

  @Test
  void theOpenApiDocumentDescribesTheSettings() {
    JsonObject paths =
        new ApiClient(server.baseUri()).get("openapi?format=JSON").json().getJsonObject("paths");
    assertThat(paths.getJsonObject("/api/admin/routing-settings")).containsKeys("get", "put");
  }
}
