package dev.parley.it.chat;

import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box: what supervisors see of visitors' chats and calls on the live view
 * (docs/supervisor-protocol.md): the contact an agent holds, and the call it talks on, with the
 * name the visitor gave and the conversation to read.
 */
@ExtendWith(SharedServer.class)
class ChatSupervisionIT {

  private ChatSetup setup;
  private ApiClient supervisor;

  @BeforeEach
  void setUp(ParleyServer server) {
    setup = new ChatSetup(server.baseUri());
    supervisor = ApiClient.loggedIn(server.baseUri(), SUPERVISOR, PASSWORD);
  }

  @Test
  void anAgentsChatShowsTheVisitorsNameAndItsConversation() throws Exception {
    String queue = setup.queue();
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSetup.Agent agent = setup.agent(queue, "Wendy Watched", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      visitor.hello(null, 0);
      visitor.send(start("billing", "Vera Visible", null));
      String conversation = visitor.next("status").getString("conversationId");

      agent.accept(conversation);

      JsonObject work = heldBy(agent.username()).getJsonArray("contacts").getJsonObject(0);
      assertThat(work.getString("contactId")).isEqualTo(conversation);
      assertThat(work.getString("conversationId")).isEqualTo(conversation);
      assertThat(work.getString("channel")).isEqualTo("CHAT");
      assertThat(work.getString("state")).isEqualTo("ACTIVE");
      assertThat(work.getString("customerName")).isEqualTo("Vera Visible");
      assertThat(work.getString("customer")).isNotBlank();
      assertThat(work.getString("since")).isNotBlank();
    }
  }

  @Test
  void aVisitorsCallIsListedWithTheNameTheyGave() throws Exception {
    String queue = setup.callQueue(30);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSetup.Agent agent = setup.agent(queue, "Walter Watched", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      visitor.hello(null, 0);
      visitor.send(start("billing", "Carl Caller", "VOICE"));
      String call = visitor.next("status", "status", "QUEUED").getString("conversationId");

      agent.accept(call);

      var calls = supervisor.get("api/supervisor/calls");
      assertThat(calls.status()).isEqualTo(200);
      JsonObject row =
          calls.jsonArray().getValuesAs(JsonObject.class).stream()
              .filter(c -> c.getString("contactId").equals(call))
              .findFirst()
              .orElseThrow();
      assertThat(row.getString("agent")).isEqualTo(agent.username());
      assertThat(row.getString("channel")).isEqualTo("VOICE");
      assertThat(row.getString("queue")).isEqualTo(queue);
      assertThat(row.getString("customerName")).isEqualTo("Carl Caller");
      assertThat(row.getString("answeredAt")).isNotBlank();
    }
  }

  private JsonObject heldBy(String username) {
    var agents = supervisor.get("api/supervisor/agents");
    assertThat(agents.status()).isEqualTo(200);
    return agents.jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("username").equals(username))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject start(String option, String name, String channel) {
    var b = Json.createObjectBuilder().add("type", "start").add("option", option).add("name", name);
    return channel == null ? b.build() : b.add("channel", channel).build();
  }
}
