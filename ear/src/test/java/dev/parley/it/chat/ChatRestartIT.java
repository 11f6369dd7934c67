package dev.parley.it.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server restart in the middle of a chat (own server, port offset 350): the visitor and the agent
 * reconnect, every message acknowledged before the restart is there afterwards exactly once, and
 * the chat goes on.
 */
class ChatRestartIT {

  @Test
  void aChatContinuesAfterARestartWithNothingAcknowledgedLost() throws Exception {
    try (ParleyServer server = new ParleyServer("chat-restart", 350).prepare()) {
      server.start();
      ChatSetup setup = new ChatSetup(server.baseUri());
      String queue = setup.queue();
      String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
      ChatSetup.Agent agent = setup.agent(queue, "Rex Agent", null);
      ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP);
      String token = visitor.hello(null, 0).getString("token");
      visitor.send(WebChatIT.start("billing", "Ruth"));
      String conversation = visitor.next("status").getString("conversationId");
      agent.accept(conversation);
      List<String> acknowledged = new ArrayList<>();
      long lastSeq = 0;
      for (int i = 1; i <= 3; i++) {
        visitor.send(WebChatIT.say("before-" + i, "before restart " + i));
        lastSeq = Math.max(lastSeq, visitor.next("ack").getJsonNumber("seq").longValue());
        acknowledged.add("before restart " + i);
        assertThat(agent.say(conversation, "reply-" + i, "TEXT", "reply " + i).status())
            .isEqualTo(201);
        acknowledged.add("reply " + i);
      }
      for (JsonObject m : visitor.all("message", 1000)) {
        lastSeq = Math.max(lastSeq, m.getJsonObject("message").getJsonNumber("seq").longValue());
      }
      visitor.close();
      agent.close();

      server.stop();
      server.start();

      // The agent's login survives the restart: the workstation reconnects with its cookie.
      ApiClient api = agent.api();
      assertThat(api.get("api/auth/me").status()).as("still logged in").isEqualTo(200);
      ChatSocket workstation = ChatSocket.agent(api);
      JsonObject state = api.get("api/agent/state").json();
      assertThat(state.getJsonArray("contacts").getJsonObject(0).getString("contactId"))
          .isEqualTo(conversation);
      var stored = api.get("api/agent/conversations/" + conversation + "/messages?after=0");
      var texts =
          Json.createReader(new StringReader(stored.body())).readArray().stream()
              .map(v -> v.asJsonObject().getString("text"))
              .toList();
      for (String text : acknowledged) {
        assertThat(texts.stream().filter(text::equals)).as(text).hasSize(1);
      }

      try (ChatSocket back = ChatSocket.open(server.baseUri(), entryPoint, ChatSetup.SHOP)) {
        JsonObject welcome = back.hello(token, lastSeq);
        assertThat(welcome.getJsonObject("conversation").getString("id")).isEqualTo(conversation);
        assertThat(welcome.getJsonObject("conversation").getString("status")).isEqualTo("ACTIVE");
        back.send(WebChatIT.say("after-1", "after restart"));
        back.next("ack");
        JsonObject atAgent = workstation.next("chatMessage");
        while (!atAgent.getJsonObject("message").getString("text").equals("after restart")) {
          atAgent = workstation.next("chatMessage");
        }
        var reply =
            api.post(
                "api/agent/conversations/" + conversation + "/messages",
                "{\"clientId\":\"after-reply\",\"kind\":\"TEXT\",\"text\":\"welcome back\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(back.next("message", "text", "welcome back")).isNotNull();
        assertThat(back.all("message", 500))
            .extracting(f -> f.getJsonObject("message").getString("text"))
            .doesNotContain("reply 1", "reply 2", "reply 3");
      } finally {
        workstation.close();
      }
    }
  }
}
