package dev.parley.it.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A visitor and an agent chat through the running server as the widget and the workstation do:
 * menu, queue, an agent joining, messages both ways with acknowledgements, notes the customer never
 * gets, resuming after a drop without loss or duplicates, the end and the rating.
 */
@ExtendWith(SharedServer.class)
class WebChatIT {

  private ChatSetup setup;
  private String queue;
  private String entryPoint;

  @BeforeEach
  void setUp(ParleyServer server) {
    setup = new ChatSetup(server.baseUri());
    queue = setup.queue();
    entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
  }

  static JsonObject start(String option, String name) {
    return Json.createObjectBuilder()
        .add("type", "start")
        .add("option", option)
        .add("name", name)
        .add("email", "vera@example.com")
        .build();
  }

  static JsonObject say(String clientId, String text) {
    return Json.createObjectBuilder()
        .add("type", "message")
        .add("clientId", clientId)
        .add("text", text)
        .build();
  }

  @Test
  void aVisitorChatsWithAnAgentAndNotesNeverReachTheVisitor() throws Exception {
    try (ChatSetup.Agent agent = setup.agent(queue, "Alice Agent", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      JsonObject welcome = visitor.hello(null, 0);
      assertThat(welcome.getString("token")).startsWith("v1.");
      assertThat(welcome.isNull("conversation")).isTrue();

      visitor.send(start("tech-app", "Vera"));
      JsonObject queued = visitor.next("status");
      String conversation = queued.getString("conversationId");

      agent.accept(conversation);
      JsonObject active = visitor.next("status", "status", "ACTIVE");
      assertThat(active.getString("agentName")).isEqualTo("Alice Agent");
      assertThat(visitor.next("message").getJsonObject("message").getString("text"))
          .isEqualTo("Alice Agent joined the chat.");

      visitor.send(say("v-1", "My app crashes"));
      JsonObject ack = visitor.next("ack");
      assertThat(ack.getString("clientId")).isEqualTo("v-1");
      long seq = ack.getJsonNumber("seq").longValue();
      JsonObject atAgent = agent.socket().next("chatMessage");
      while (atAgent.getJsonObject("message").getJsonNumber("seq").longValue() != seq) {
        atAgent = agent.socket().next("chatMessage");
      }
      assertThat(atAgent.getJsonObject("message").getString("text")).isEqualTo("My app crashes");
      assertThat(atAgent.getJsonObject("message").getJsonObject("author").getString("role"))
          .isEqualTo("CUSTOMER");
      assertThat(visitor.next("delivered").getJsonNumber("seq").longValue()).isEqualTo(seq);

      assertThat(agent.say(conversation, "n-1", "NOTE", "customer seems upset").status())
          .isEqualTo(201);
      var reply = agent.say(conversation, "a-1", "TEXT", "Sorry! Which phone?");
      assertThat(reply.status()).as(reply.body()).isEqualTo(201);

      JsonObject answer = visitor.next("message").getJsonObject("message");
      while (!answer.getJsonObject("author").getString("role").equals("AGENT")) {
        answer = visitor.next("message").getJsonObject("message"); // its own message came back
      }
      assertThat(answer.getString("text")).isEqualTo("Sorry! Which phone?");
      assertThat(answer.getJsonObject("author").getString("name")).isEqualTo("Alice Agent");

      // The note is in the agent's view, never in the visitor's, live or on resume.
      var all = agent.api().get("api/agent/conversations/" + conversation + "/messages?after=0");
      assertThat(all.body()).contains("customer seems upset");
      assertThat(visitor.all("message", 500)).isEmpty();
      try (ChatSocket again = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
        again.hello(welcome.getString("token"), 0);
        List<JsonObject> replayed = again.all("message", 1500);
        assertThat(replayed)
            .extracting(f -> f.getJsonObject("message").getString("text"))
            .contains("My app crashes", "Sorry! Which phone?")
            .doesNotContain("customer seems upset");
      }
    }
  }

  @Test
  void aDroppedVisitorResumesFromTheLastSeqWithoutLossOrDuplicates() throws Exception {
    try (ChatSetup.Agent agent = setup.agent(queue, "Bob Agent", null)) {
      ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP);
      String token = visitor.hello(null, 0).getString("token");
      visitor.send(start("billing", "Vic"));
      String conversation = visitor.next("status").getString("conversationId");
      agent.accept(conversation);
      long lastSeen = 0;
      for (int i = 1; i <= 3; i++) {
        visitor.send(say("m-" + i, "question " + i));
        lastSeen = Math.max(lastSeen, visitor.next("ack").getJsonNumber("seq").longValue());
      }
      for (JsonObject m : visitor.all("message", 700)) {
        lastSeen = Math.max(lastSeen, m.getJsonObject("message").getJsonNumber("seq").longValue());
      }
      visitor.close(); // the network drops

      for (int i = 1; i <= 3; i++) {
        assertThat(agent.say(conversation, "r-" + i, "TEXT", "answer " + i).status())
            .isEqualTo(201);
      }
      // The widget resends a message whose ack it never got: stored once.
      try (ChatSocket back = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
        JsonObject welcome = back.hello(token, lastSeen);
        assertThat(welcome.getJsonObject("conversation").getString("id")).isEqualTo(conversation);
        List<JsonObject> missed = back.all("message", 1500);
        assertThat(missed)
            .extracting(f -> f.getJsonObject("message").getString("text"))
            .containsExactly("answer 1", "answer 2", "answer 3");
        back.send(say("m-3", "question 3"));
        JsonObject ack = back.next("ack");
        assertThat(ack.getString("clientId")).isEqualTo("m-3");
      }
      var all = agent.api().get("api/agent/conversations/" + conversation + "/messages?after=0");
      var messages = Json.createReader(new StringReader(all.body())).readArray();
      assertThat(messages.stream().filter(v -> v.toString().contains("question 3"))).hasSize(1);
      List<Long> seqs =
          messages.stream().map(v -> v.asJsonObject().getJsonNumber("seq").longValue()).toList();
      assertThat(seqs).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void theVisitorEndsTheChatAndRatesIt() throws Exception {
    try (ChatSetup.Agent agent = setup.agent(queue, "Cleo Agent", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      visitor.hello(null, 0);
      visitor.send(start("billing", "Val"));
      String conversation = visitor.next("status").getString("conversationId");
      agent.accept(conversation);
      visitor.send(Json.createObjectBuilder().add("type", "end").build());
      visitor.next("status", "status", "ENDED");
      visitor.send(
          Json.createObjectBuilder()
              .add("type", "rate")
              .add("score", 4)
              .add("comment", "quick <b>help</b>")
              .build());
      assertThat(visitor.next("saved").getString("what")).isEqualTo("rate");
      visitor.send(
          Json.createObjectBuilder()
              .add("type", "transcript")
              .add("email", "val@example.com")
              .build());
      assertThat(visitor.next("saved").getString("what")).isEqualTo("transcript");

      JsonObject info = agent.api().get("api/agent/conversations/" + conversation).json();
      assertThat(info.getInt("rating")).isEqualTo(4);
      assertThat(info.getString("ratingComment")).isEqualTo("quick <b>help</b>");
      assertThat(info.getString("transcriptEmail")).isEqualTo("val@example.com");
      assertThat(agent.api().get("api/agent/conversations/" + conversation + "/messages").body())
          .contains("The customer ended the chat.");
    }
  }

  @Test
  void aReturningVisitorsEarlierChatIsInTheCustomerHistory() throws Exception {
    try (ChatSetup.Agent agent = setup.agent(queue, "Dora Agent", null)) {
      String token;
      String first;
      try (ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
        token = visitor.hello(null, 0).getString("token");
        visitor.send(start("billing", "Rita"));
        first = visitor.next("status").getString("conversationId");
        visitor.send(Json.createObjectBuilder().add("type", "end").build());
        // the end taken, not just any status (a QUEUED one may still be on its way)
        visitor.next("status", "status", "ENDED");
      }
      try (ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
        JsonObject welcome = visitor.hello(token, 0);
        assertThat(welcome.isNull("conversation")).as("the first chat is over").isTrue();
        visitor.send(start("billing", "Rita"));
        String second = visitor.next("status").getString("conversationId");
        agent.accept(second);
        String customer =
            agent
                .api()
                .get("api/agent/conversations/" + second)
                .json()
                .getJsonObject("visitor")
                .getString("id");
        var history = agent.api().get("api/customers/" + ChatSetup.encode(customer) + "/contacts");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains(first).contains(second);
        var earlier = agent.api().get("api/agent/conversations/" + first + "/messages");
        assertThat(earlier.status()).as(earlier.body()).isEqualTo(200);
        assertThat(earlier.body()).contains("The customer ended the chat.");
      }
    }
  }

  static String uuid() {
    return UUID.randomUUID().toString();
  }
}
