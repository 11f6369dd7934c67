package dev.parley.it.chat;

import static dev.parley.it.support.DemoAccounts.ADMIN;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import jakarta.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the chat tests set up through the admin API: a CHAT queue needing skill "webchat", agents
 * serving it (connected and available), an entry point into it allowing given origins.
 */
final class ChatSetup {
  static final String AGENT_PASSWORD = "chat-agent-pw";
  static final String SHOP = "http://shop.example";

  final URI base;
  final ApiClient admin;

  ChatSetup(URI base) {
    this.base = base;
    this.admin = ApiClient.loggedIn(base, ADMIN, PASSWORD);
    var skill = admin.post("api/admin/skills", "{\"name\":\"webchat\",\"kind\":\"SKILL\"}");
    assertThat(skill.status()).as(skill.body()).isIn(201, 409);
  }

  String queue() {
    return queue("");
  }

  /** A CHAT+EMAIL queue needing "webchat" 1, with {@code extra} JSON fields (leading comma). */
  String queue(String extra) {
    return queue("\"CHAT\",\"EMAIL\"", extra);
  }

  /**
   * A queue for calls and chats (VOICE, VIDEO, CHAT, EMAIL) needing "webchat" 1, callers may keep
   * their place (rung back for {@code ringBackSeconds}).
   */
  String callQueue(int ringBackSeconds) {
    return queue(
        "\"VOICE\",\"VIDEO\",\"CHAT\",\"EMAIL\"", ",\"virtualHoldSeconds\":" + ringBackSeconds);
  }

  private String queue(String channels, String extra) {
    String name = "chat-" + UUID.randomUUID().toString().substring(0, 8);
    var created =
        admin.post(
            "api/admin/queues",
            """
            {"name":"%s","channels":[%s],"priority":0,"strategy":"LONGEST_IDLE",
             "offerTimeoutSeconds":600,"wrapUpSeconds":0,"dispositionCodes":[],
             "dispositionRequired":false,"requiredSkills":[{"skill":"webchat","minLevel":1}],
             "serviceLevelSeconds":20,"serviceLevelPercent":80%s}
            """
                .formatted(name, channels, extra));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return name;
  }

  /** A queue closed today (a holiday from yesterday to tomorrow) ending chats with a message. */
  String closedQueue(String message) {
    return closedQueue(message, "\"CHAT\",\"EMAIL\"");
  }

  /** As {@link #closedQueue(String)}, for calls and chats (VOICE, VIDEO, CHAT, EMAIL). */
  String closedCallQueue(String message) {
    return closedQueue(message, "\"VOICE\",\"VIDEO\",\"CHAT\",\"EMAIL\"");
  }

  /** As {@link #closedCallQueue(String)}, sending calls to voicemail (up to 30 s) after hours. */
  String closedVoicemailQueue() {
    return closedQueueWith(
        "\"VOICE\",\"VIDEO\",\"CHAT\",\"EMAIL\"",
        ",\"afterHours\":{\"action\":\"VOICEMAIL\"},\"voicemailMaxSeconds\":30");
  }

  private String closedQueue(String message, String channels) {
    return closedQueueWith(
        channels,
        ",\"afterHours\":{\"action\":\"END_WITH_MESSAGE\",\"message\":\"%s\"}".formatted(message));
  }

  private String closedQueueWith(String channels, String afterHours) {
    String calendar = closedCalendar(admin);
    return queue(channels, ",\"businessHours\":\"%s\"".formatted(calendar) + afterHours);
  }

  /** New business hours closed today (a holiday from yesterday to tomorrow); their name. */
  static String closedCalendar(ApiClient admin) {
    String calendar = "closed-" + UUID.randomUUID().toString().substring(0, 8);
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    var created =
        admin.post(
            "api/admin/business-hours",
            """
            {"name":"%s","timeZone":"UTC","windows":[{"day":"MONDAY","from":"08:00","to":"17:00"}],
             "holidays":["%s","%s","%s"]}
            """
                .formatted(calendar, today.minusDays(1), today, today.plusDays(1)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return calendar;
  }

  /** An entry point with a two-level menu whose leaves lead to {@code queue}. */
  String entryPoint(String queue, String... origins) {
    return entryPointAsking(queue, null, origins);
  }

  /**
   * As {@link #entryPoint(String, String...)}; the leaf "tech-app" asks for {@code skill} too when
   * given.
   */
  String entryPointAsking(String queue, String skill, String... origins) {
    String name = "ep-" + UUID.randomUUID().toString().substring(0, 8);
    String allowed =
        List.of(origins).stream().map(o -> "\"" + o + "\"").collect(Collectors.joining(","));
    var saved =
        put(
            "api/admin/entry-points/" + name,
            """
            {"name":"%s","allowedOrigins":[%s],
             "texts":{"launcher":"Chat","title":"Help","greeting":"Hi","waiting":"Wait",
                      "ended":"Bye","offline":"Closed"},
             "menu":{"prompt":"About?","options":[
               {"id":"billing","label":"Billing","options":[],"queue":"%s"},
               {"id":"tech","label":"Tech","options":[
                 {"id":"tech-app","label":"App","options":[],"queue":"%s"%s}]}]},
             "preChat":{"name":"OPTIONAL","email":"OPTIONAL"},
             "maxAttachmentBytes":20000}
            """
                .formatted(
                    name,
                    allowed,
                    queue,
                    queue,
                    skill == null ? "" : ",\"skill\":\"" + skill + "\""));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    return name;
  }

  /** A new agent serving {@code queue} with "webchat" 5 (and {@code extraSkill} 5 if given). */
  Agent agent(String queue, String displayName, String extraSkill) throws Exception {
    String username = "ca-" + UUID.randomUUID().toString().substring(0, 8);
    var account =
        admin.post(
            "api/admin/accounts",
            "{\"username\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\",\"roles\":[\"agent\"]}"
                .formatted(username, displayName, AGENT_PASSWORD));
    assertThat(account.status()).as(account.body()).isEqualTo(201);
    String skills =
        extraSkill == null ? "{\"webchat\":5}" : "{\"webchat\":5,\"%s\":5}".formatted(extraSkill);
    var profile =
        put(
            "api/admin/agents/" + username,
            "{\"skills\":%s,\"capacity\":{\"CHAT\":3,\"EMAIL\":3},\"queues\":[{\"queue\":\"%s\",\"priority\":0}]}"
                .formatted(skills, queue));
    assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
    ApiClient client = ApiClient.loggedIn(base, username, AGENT_PASSWORD);
    ChatSocket socket = ChatSocket.agent(client);
    var available = putAs(client, "api/agent/presence", "{\"presence\":\"AVAILABLE\"}");
    assertThat(available.statusCode()).as(available.body()).isEqualTo(200);
    return new Agent(username, client, socket);
  }

  /** An agent of the test: its API client and its workstation socket. */
  record Agent(String username, ApiClient api, ChatSocket socket) implements AutoCloseable {
    /** Waits for the offer of {@code id} and accepts it. */
    String accept(String id) throws Exception {
      while (!socket.next("offer").getJsonObject("offer").getString("contactId").equals(id)) {
        // an offer of another contact (withdrawn since): not this one
      }
      var accepted = api.post("api/agent/offers/" + id + "/accept", "");
      assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
      return id;
    }

    ApiClient.Reply say(String conversation, String clientId, String kind, String text) {
      return api.post(
          "api/agent/conversations/" + conversation + "/messages",
          Json.createObjectBuilder()
              .add("clientId", clientId)
              .add("kind", kind)
              .add("text", text)
              .build()
              .toString());
    }

    @Override
    public void close() {
      socket.close();
    }
  }

  HttpResponse<String> put(String path, String json) {
    return putAs(admin, path, json);
  }

  static HttpResponse<String> putAs(ApiClient client, String path, String json) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(client.base().resolve(path))
                  .timeout(Duration.ofSeconds(20))
                  .header("Content-Type", "application/json")
                  .header("Cookie", client.sessionCookieHeader())
                  .PUT(HttpRequest.BodyPublishers.ofString(json))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A plain request with the given headers (for Origin and visitor tokens). */
  HttpResponse<String> request(String method, String path, byte[] body, String... headers) {
    try {
      var b =
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(Duration.ofSeconds(20))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      if (headers.length > 0) {
        b.headers(headers);
      }
      return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
