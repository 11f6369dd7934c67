package dev.parley.it.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.DemoAccounts;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A chat moving between agents through the running server: a transfer to a queue with a note, an
 * expert pulled in by skill who answers visibly, a private consult the customer never sees, a chat
 * going back to its queue when the agent does not answer in time, and a message left on a closed
 * queue.
 */
@ExtendWith(SharedServer.class)
class ChatHandoverIT {

  private ChatSetup setup;

  @BeforeEach
  void setUp(ParleyServer server) {
    setup = new ChatSetup(server.baseUri());
  }

  private static String conversationOf(ChatSocket visitor) throws Exception {
    visitor.hello(null, 0);
    visitor.send(WebChatIT.start("billing", "Hugo"));
    return visitor.next("status").getString("conversationId");
  }

  @Test
  void aTransferToAQueueReachesTheNextAgentWithTheNoteAndTheCustomerIsTold() throws Exception {
    String queue = setup.queue();
    String other = setup.queue();
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSetup.Agent first = setup.agent(queue, "First Agent", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      String conversation = conversationOf(visitor);
      first.accept(conversation);
      var moved =
          first
              .api()
              .post(
                  "api/agent/contacts/" + conversation + "/transfer",
                  "{\"queue\":\"" + other + "\",\"note\":\"wants a refund of order 42\"}");
      assertThat(moved.status()).as(moved.body()).isEqualTo(200);
      try (ChatSetup.Agent second = setup.agent(other, "Second Agent", null)) {
        second.accept(conversation);
        // the joining is told in the conversation once routing's notification is handled
        await()
            .atMost(Duration.ofSeconds(15))
            .until(
                () ->
                    second
                        .api()
                        .get("api/agent/conversations/" + conversation + "/messages?after=0")
                        .body()
                        .contains("Second Agent joined the chat."));
        var messages =
            second.api().get("api/agent/conversations/" + conversation + "/messages?after=0");
        assertThat(messages.status()).as(messages.body()).isEqualTo(200);
        assertThat(messages.body())
            .contains("Transfer note from First Agent: wants a refund of order 42")
            .contains("First Agent transferred the chat to the queue " + other)
            .contains("Second Agent joined the chat.");
        List<String> seen =
            visitor.all("message", 1500).stream()
                .map(f -> f.getJsonObject("message").getString("text"))
                .toList();
        assertThat(seen)
            .contains("First Agent transferred the chat to the queue " + other + ".")
            .contains("Second Agent joined the chat.")
            .noneMatch(t -> t.contains("refund of order 42"));
        assertThat(visitor.next("status", "agentName", "Second Agent").getString("status"))
            .isEqualTo("ACTIVE");
        // the first agent no longer writes into it
        assertThat(first.say(conversation, "late", "TEXT", "still here?").status()).isEqualTo(403);
      }
    }
  }

  @Test
  void anExpertBySkillAnswersVisiblyAndAPrivateConsultStaysAmongAgents() throws Exception {
    String queue = setup.queue();
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    String skill = "tax" + UUID.randomUUID().toString().substring(0, 6);
    var created =
        setup.admin.post(
            "api/admin/skills", "{\"name\":\"%s\",\"kind\":\"SKILL\"}".formatted(skill));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    try (ChatSetup.Agent agent = setup.agent(queue, "Main Agent", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      String conversation = conversationOf(visitor);
      agent.accept(conversation);
      try (ChatSetup.Agent expert = setup.agent(setup.queue(), "Tax Expert", skill);
          ChatSetup.Agent whisper = setup.agent(setup.queue(), "Quiet Expert", null)) {
        var consult =
            agent
                .api()
                .post(
                    "api/agent/contacts/" + conversation + "/consult",
                    "{\"skill\":\"%s\",\"privately\":false,\"note\":\"VAT question\"}"
                        .formatted(skill));
        assertThat(consult.status()).as(consult.body()).isEqualTo(201);
        String consultId = consult.json().getString("consultId");
        expert.accept(consultId);
        JsonObject state = expert.api().get("api/agent/state").json();
        JsonObject held = state.getJsonArray("contacts").getJsonObject(0);
        assertThat(held.getString("conversationId")).isEqualTo(conversation);
        assertThat(held.getJsonObject("consult").getString("requestedBy"))
            .isEqualTo(agent.username());
        assertThat(expert.say(conversation, "e-1", "TEXT", "VAT is 25 %").status()).isEqualTo(201);
        assertThat(visitor.next("message", "text", "VAT is 25 %")).isNotNull();

        var secret =
            agent
                .api()
                .post(
                    "api/agent/contacts/" + conversation + "/consult",
                    "{\"agent\":\"%s\",\"privately\":true}".formatted(whisper.username()));
        assertThat(secret.status()).as(secret.body()).isEqualTo(201);
        whisper.accept(secret.json().getString("consultId"));
        assertThat(whisper.say(conversation, "w-1", "TEXT", "offer them 10 % off").status())
            .isEqualTo(201);
        assertThat(agent.socket().next("chatMessage").getJsonObject("message").getString("text"))
            .isNotNull();
        // the joining is told in the conversation once routing's notification is handled
        await()
            .atMost(Duration.ofSeconds(15))
            .untilAsserted(
                () ->
                    assertThat(
                            agent
                                .api()
                                .get("api/agent/conversations/" + conversation + "/messages")
                                .body())
                        .contains("offer them 10 % off")
                        .contains("privately"));
        assertThat(visitor.all("message", 1500))
            .extracting(f -> f.getJsonObject("message").getString("text"))
            .noneMatch(t -> t.contains("10 % off") || t.contains("Quiet Expert"));

        var left = expert.api().post("api/agent/contacts/" + consultId + "/end", "");
        assertThat(left.status()).as(left.body()).isEqualTo(200);
        assertThat(visitor.next("message", "text", "Tax Expert left.")).isNotNull();
        var history =
            agent.api().get("api/agent/conversations/" + conversation + "/messages").body();
        assertThat(history).contains("Tax Expert joined the chat to help.");
      }
    }
  }

  @Test
  void aChatWithoutAFirstReplyInTimeGoesBackToTheQueueAndTheAgentIsTold() throws Exception {
    String queue = setup.queue(",\"firstResponseSeconds\":2");
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSetup.Agent slow = setup.agent(queue, "Slow Agent", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      String conversation = conversationOf(visitor);
      slow.accept(conversation);
      JsonObject returned = slow.socket().next("contactReturned");
      assertThat(returned.getString("contactId")).isEqualTo(conversation);
      assertThat(returned.getString("reason")).isEqualTo("NO_FIRST_REPLY");
      assertThat(visitor.next("status", "status", "QUEUED")).isNotNull();
      ApiClient supervisor =
          ApiClient.loggedIn(setup.base, DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
      assertThat(supervisor.get("api/agent/conversations/" + conversation + "/messages").body())
          .contains("No first reply within 2 s");
    }
  }

  @Test
  void aVisitorLeavesAMessageWhenTheQueueIsClosed() throws Exception {
    String queue = setup.closedQueue("We are closed today");
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      visitor.hello(null, 0);
      visitor.send(WebChatIT.start("billing", "Lea"));
      JsonObject offline = visitor.next("status", "status", "OFFLINE");
      assertThat(offline.getString("text")).isEqualTo("We are closed today");
      visitor.send(
          Json.createObjectBuilder()
              .add("type", "leaveMessage")
              .add("name", "Lea")
              .add("email", "not-an-address")
              .add("text", "Please call me back")
              .build());
      assertThat(visitor.next("error").getString("code")).isEqualTo("INVALID");
      visitor.send(
          Json.createObjectBuilder()
              .add("type", "leaveMessage")
              .add("name", "Lea")
              .add("email", "lea@example.com")
              .add("text", "Please call me back")
              .build());
      assertThat(visitor.next("status", "status", "MESSAGE_LEFT")).isNotNull();
      String customer =
          ApiClient.loggedIn(setup.base, DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD)
              .get("api/agent/conversations/" + offline.getString("conversationId"))
              .json()
              .getJsonObject("visitor")
              .getString("id");
      var history = setup.admin.get("api/customers/" + ChatSetup.encode(customer) + "/contacts");
      assertThat(history.body()).contains("\"channel\":\"EMAIL\"").contains("\"state\":\"QUEUED\"");
    }
  }

  @Test
  void aMenuOptionAskingForALanguageGoesOnlyToAgentsWhoSpeakIt() throws Exception {
    String language = "lang" + UUID.randomUUID().toString().substring(0, 6);
    var created =
        setup.admin.post(
            "api/admin/skills", "{\"name\":\"%s\",\"kind\":\"LANGUAGE\"}".formatted(language));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String queue = setup.queue();
    String entryPoint = setup.entryPointAsking(queue, language, ChatSetup.SHOP);
    try (ChatSetup.Agent monolingual = setup.agent(queue, "Mono Agent", null);
        ChatSetup.Agent speaker = setup.agent(queue, "Speaker Agent", language);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      visitor.hello(null, 0);
      visitor.send(WebChatIT.start("tech-app", "Lola"));
      String conversation = visitor.next("status").getString("conversationId");
      speaker.accept(conversation);
      assertThat(monolingual.socket().all("offer", 500)).isEmpty();
    }
    var unknown =
        setup.admin.post(
            "api/contacts",
            "{\"channel\":\"CHAT\",\"queue\":\"%s\",\"customer\":\"x\",\"skills\":{\"klingon\":3}}"
                .formatted(queue));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("unknown skill 'klingon'");
  }
}
