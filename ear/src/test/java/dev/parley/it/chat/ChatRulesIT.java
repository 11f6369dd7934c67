package dev.parley.it.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.DemoAccounts;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every limit and access rule of web chat, over HTTP and WebSocket: origins (socket handshakes and
 * CORS), tokens, whose conversation, message size and rate, open chats per visitor, attachments'
 * size and type; each refusal is clear and stores nothing.
 */
@ExtendWith(SharedServer.class)
class ChatRulesIT {

  private static final String EVIL = "http://evil.example";
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };

  private ChatSetup setup;
  private String queue;
  private String entryPoint;

  @BeforeEach
  void setUp(ParleyServer server) {
    setup = new ChatSetup(server.baseUri());
    queue = setup.queue();
    entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
  }

  @Test
  void theVisitorSocketIsRefusedFromAnOriginTheEntryPointDoesNotAllow() {
    assertThatThrownBy(
            () ->
                ChatSocket.connect(setup.base, entryPoint, EVIL, new ChatSocket())
                    .get(10, TimeUnit.SECONDS))
        .rootCause()
        .hasMessageContaining("403");
    assertThatThrownBy(
            () ->
                ChatSocket.connect(setup.base, entryPoint, null, new ChatSocket())
                    .get(10, TimeUnit.SECONDS))
        .as("a visitor socket needs an Origin")
        .rootCause()
        .hasMessageContaining("403");
  }

  @Test
  void theAgentSocketIsRefusedFromAnotherSiteEvenWithTheAgentsCookie() throws Exception {
    ApiClient agent = ApiClient.loggedIn(setup.base, DemoAccounts.AGENT, DemoAccounts.PASSWORD);
    var uri =
        java.net.URI.create(setup.base.toString().replaceFirst("^http", "ws")).resolve("ws/agent");
    assertThatThrownBy(
            () ->
                java.net.http.HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .header("Cookie", agent.sessionCookieHeader())
                    .header("Origin", EVIL)
                    .buildAsync(uri, new ChatSocket())
                    .get(10, TimeUnit.SECONDS))
        .rootCause()
        .hasMessageContaining("403");
    String own = setup.base.getScheme() + "://" + setup.base.getAuthority();
    var ok =
        java.net.http.HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Cookie", agent.sessionCookieHeader())
            .header("Origin", own)
            .buildAsync(uri, new ChatSocket())
            .get(10, TimeUnit.SECONDS);
    ok.abort();
  }

  @Test
  void theEntryPointAnswersCorsOnlyToItsAllowedOrigins() {
    HttpResponse<String> allowed =
        setup.request(
            "GET", "api/visitor/entry-points/" + entryPoint, null, "Origin", ChatSetup.SHOP);
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue(ChatSetup.SHOP);
    assertThat(allowed.body())
        .contains("\"billing\"")
        .doesNotContain(queue)
        .doesNotContain("allowedOrigins");

    HttpResponse<String> refused =
        setup.request("GET", "api/visitor/entry-points/" + entryPoint, null, "Origin", EVIL);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(refused.body()).contains("not allowed");

    HttpResponse<String> preflight =
        setup.request(
            "OPTIONS",
            "api/visitor/attachments/x",
            null,
            "Origin",
            EVIL,
            "Access-Control-Request-Method",
            "GET");
    assertThat(preflight.statusCode()).isEqualTo(403);
  }

  @Test
  void aForgedTokenIsANewVisitorAndNobodyReadsAnothersConversation() throws Exception {
    String token;
    String conversation;
    try (ChatSocket owner = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      token = owner.hello(null, 0).getString("token");
      owner.send(WebChatIT.start("billing", "Owner"));
      conversation = owner.next("status").getString("conversationId");
      owner.send(WebChatIT.say("c-1", "my secret order 4711"));
      owner.next("ack");
    }
    String forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
    try (ChatSocket stranger = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      JsonObject welcome = stranger.hello(forged, 0);
      assertThat(welcome.getString("token")).isNotEqualTo(token);
      assertThat(welcome.isNull("conversation")).isTrue();
      assertThat(stranger.all("message", 700)).isEmpty();
    }
    HttpResponse<String> upload =
        setup.request(
            "POST",
            "api/visitor/conversations/" + conversation + "/attachments?name=x.png",
            PNG,
            "Authorization",
            "Bearer " + forged);
    assertThat(upload.statusCode()).isEqualTo(401);

    ApiClient outsider = ApiClient.loggedIn(setup.base, DemoAccounts.AGENT, DemoAccounts.PASSWORD);
    assertThat(outsider.get("api/agent/conversations/" + conversation + "/messages").status())
        .as("an agent who never took part")
        .isEqualTo(403);
    ApiClient supervisor =
        ApiClient.loggedIn(setup.base, DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
    var read = supervisor.get("api/agent/conversations/" + conversation + "/messages");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body()).contains("my secret order 4711");
  }

  @Test
  void messagesAboveTheLimitsAreRefusedAndNothingIsStored() throws Exception {
    try (ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      visitor.hello(null, 0);
      visitor.send(WebChatIT.start("billing", "Lim"));
      String conversation = visitor.next("status").getString("conversationId");

      visitor.send(WebChatIT.say("big", "x".repeat(4001)));
      JsonObject tooLong = visitor.next("error");
      assertThat(tooLong.getString("code")).isEqualTo("TOO_LONG");
      assertThat(tooLong.getString("clientId")).isEqualTo("big");

      visitor.sendRaw("{\"type\":\"message\",\"clientId\":\"x\",\"text\":1,,}");
      assertThat(visitor.next("error").getString("code")).isEqualTo("INVALID");

      int acked = 0;
      int limited = 0;
      for (int i = 0; i < 25; i++) {
        visitor.send(WebChatIT.say("burst-" + i, "hello " + i));
      }
      for (JsonObject f : visitor.all("ack", 2000)) {
        acked++;
      }
      limited = 25 - acked;
      assertThat(acked).as("the burst allowance").isBetween(10, 14);
      assertThat(limited).isPositive();

      ApiClient supervisor =
          ApiClient.loggedIn(setup.base, DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
      var stored =
          Json.createReader(
                  new java.io.StringReader(
                      supervisor
                          .get("api/agent/conversations/" + conversation + "/messages")
                          .body()))
              .readArray();
      assertThat(stored).hasSize(acked);
      assertThat(stored.toString()).doesNotContain("xxxxxxxxxx");
    }
  }

  @Test
  void aFrameAbove16KiBClosesTheSocket() throws Exception {
    ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP);
    visitor.hello(null, 0);
    visitor.sendRaw("{\"type\":\"ping\",\"seq\":1,\"pad\":\"" + "y".repeat(20_000) + "\"}");
    assertThat(visitor.closed.get(10, TimeUnit.SECONDS)).isIn(1009, -1);
  }

  @Test
  void aVisitorHasAtMostThreeChatsOpen() throws Exception {
    try (ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      String token = visitor.hello(null, 0).getString("token");
      String other = setup.entryPoint(queue, ChatSetup.SHOP);
      String third = setup.entryPoint(queue, ChatSetup.SHOP);
      String fourth = setup.entryPoint(queue, ChatSetup.SHOP);
      visitor.send(WebChatIT.start("billing", "Max"));
      visitor.next("status");
      for (String ep : new String[] {other, third}) {
        try (ChatSocket s = ChatSocket.open(setup.base, ep, ChatSetup.SHOP)) {
          s.hello(token, 0);
          s.send(WebChatIT.start("billing", "Max"));
          assertThat(s.next("status").getString("status")).isEqualTo("QUEUED");
        }
      }
      try (ChatSocket s = ChatSocket.open(setup.base, fourth, ChatSetup.SHOP)) {
        s.hello(token, 0);
        s.send(WebChatIT.start("billing", "Max"));
        assertThat(s.next("error").getString("code")).isEqualTo("LIMIT_REACHED");
      }
    }
  }

  @Test
  void attachmentsAreCheckedBySizeAndContentAndOnlyTheirVisitorGetsThem() throws Exception {
    try (ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      String token = visitor.hello(null, 0).getString("token");
      visitor.send(WebChatIT.start("billing", "Ann"));
      String conversation = visitor.next("status").getString("conversationId");
      String path = "api/visitor/conversations/" + conversation + "/attachments?name=";

      HttpResponse<String> fake =
          setup.request(
              "POST",
              path + "cat.png",
              "not an image".getBytes(),
              "Authorization",
              "Bearer " + token);
      assertThat(fake.statusCode()).isEqualTo(415);

      byte[] big = Arrays.copyOf(PNG, 30_000);
      HttpResponse<String> tooBig =
          setup.request("POST", path + "big.png", big, "Authorization", "Bearer " + token);
      assertThat(tooBig.statusCode()).isEqualTo(413);

      HttpResponse<String> ok =
          setup.request(
              "POST",
              path + "photo.png",
              PNG,
              "Authorization",
              "Bearer " + token,
              "Origin",
              ChatSetup.SHOP);
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
      assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ChatSetup.SHOP);
      JsonObject file = Json.createReader(new java.io.StringReader(ok.body())).readObject();
      assertThat(file.getString("type")).isEqualTo("image/png");

      visitor.send(
          Json.createObjectBuilder()
              .add("type", "message")
              .add("clientId", "pic")
              .add("text", "")
              .add("attachments", Json.createArrayBuilder().add(file.getString("id")))
              .build());
      visitor.next("ack");

      String id = file.getString("id");
      assertThat(
              setup
                  .request(
                      "GET",
                      "api/visitor/attachments/" + id,
                      null,
                      "Authorization",
                      "Bearer " + token)
                  .statusCode())
          .isEqualTo(200);
      String otherToken;
      try (ChatSocket other = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
        otherToken = other.hello(null, 0).getString("token");
      }
      assertThat(
              setup
                  .request(
                      "GET",
                      "api/visitor/attachments/" + id,
                      null,
                      "Authorization",
                      "Bearer " + otherToken)
                  .statusCode())
          .isEqualTo(404);
      ApiClient outsider =
          ApiClient.loggedIn(setup.base, DemoAccounts.AGENT, DemoAccounts.PASSWORD);
      assertThat(outsider.get("api/agent/attachments/" + id).status()).isEqualTo(403);
    }
  }

  @Test
  void theChatApiIsInTheOpenApiDocument() {
    var openapi = setup.admin.get("openapi");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/visitor/entry-points/{name}")
        .contains("/api/visitor/conversations/{conversationId}/attachments")
        .contains("/api/agent/conversations/{id}/messages")
        .contains("/api/agent/contacts/{contactId}/transfer")
        .contains("/api/agent/contacts/{contactId}/consult")
        .contains("/api/agent/canned-responses")
        .contains("/api/agent/directory")
        .contains("/api/admin/entry-points/{name}")
        .contains("/api/admin/canned-responses");
  }
}
