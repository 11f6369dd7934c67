package dev.parley.it.browser;

import static dev.parley.it.support.DemoAccounts.ADMIN;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the web chat browser tests set up through the admin API, all under fresh names: skills, a
 * CHAT queue needing skill "webchat", an entry point into it allowing given page origins, agent
 * accounts serving a queue. Also reads back what the server stored, as a supervisor.
 */
final class ChatAdmin {
  static final String AGENT_PASSWORD = "chat-browser-pw";

  private final URI base;
  private final ApiClient admin;
  private final ApiClient supervisor;

  ChatAdmin(URI base) {
    this.base = base;
    this.admin = ApiClient.loggedIn(base, ADMIN, PASSWORD);
    this.supervisor = ApiClient.loggedIn(base, SUPERVISOR, PASSWORD);
    skill("webchat");
  }

  /** Creates the skill (or finds it) and returns its name. */
  String skill(String name) {
    var created =
        admin.post("api/admin/skills", "{\"name\":\"%s\",\"kind\":\"SKILL\"}".formatted(name));
    assertThat(created.status()).as(created.body()).isIn(201, 409);
    return name;
  }

  /** A skill nobody else has. */
  String newSkill(String prefix) {
    return skill(prefix + UUID.randomUUID().toString().substring(0, 6));
  }

  /**
   * A CHAT queue needing "webchat" 1, with a long wrap-up that the agent finishes, the disposition
   * RESOLVED to choose from, and {@code extra} JSON fields (leading comma).
   */
  String queue(String extra) {
    return queue("\"CHAT\"", extra);
  }

  private String queue(String channels, String extra) {
    String name = "bq-" + UUID.randomUUID().toString().substring(0, 8);
    var created =
        admin.post(
            "api/admin/queues",
            """
            {"name":"%s","channels":[%s],"priority":0,"strategy":"LONGEST_IDLE",
             "offerTimeoutSeconds":600,"wrapUpSeconds":600,"dispositionCodes":["RESOLVED"],
             "dispositionRequired":false,"requiredSkills":[{"skill":"webchat","minLevel":1}],
             "serviceLevelSeconds":20,"serviceLevelPercent":80%s}
            """
                .formatted(name, channels, extra));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return name;
  }

  String queue() {
    return queue("");
  }

  /** A queue for calls (VOICE, VIDEO) and chats whose callers may keep their place (30 s). */
  String callQueue() {
    return queue("\"VOICE\",\"VIDEO\",\"CHAT\"", ",\"virtualHoldSeconds\":30");
  }

  /**
   * A queue for calls closed today (a holiday from yesterday to tomorrow) whose after-hours action
   * is VOICEMAIL, messages up to {@code maxSeconds}.
   */
  String closedVoicemailQueue(int maxSeconds) {
    String calendar = "vm-closed-" + UUID.randomUUID().toString().substring(0, 8);
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
    return queue(
        "\"VOICE\",\"VIDEO\",\"CHAT\"",
        (",\"businessHours\":\"%s\",\"afterHours\":{\"action\":\"VOICEMAIL\"}"
                + ",\"voicemailMaxSeconds\":%d")
            .formatted(calendar, maxSeconds));
  }

  /**
   * An entry point whose menu has "Billing" (leaf) and "Technical help" › "The app" (leaf), both
   * into {@code queue}; the name is asked for (optional), the e-mail not.
   */
  String entryPoint(String queue, String... origins) {
    String name = "bep-" + UUID.randomUUID().toString().substring(0, 8);
    String allowed =
        List.of(origins).stream().map(o -> "\"" + o + "\"").collect(Collectors.joining(","));
    var saved =
        put(
            "api/admin/entry-points/" + name,
            """
            {"name":"%s","allowedOrigins":[%s],
             "texts":{"launcher":"Chat with us","title":"Help desk","greeting":"Hi there!",
                      "waiting":"An agent will be with you shortly.","ended":"Thanks, bye!",
                      "offline":"Closed"},
             "menu":{"prompt":"What is it about?","options":[
               {"id":"billing","label":"Billing","options":[],"queue":"%s"},
               {"id":"tech","label":"Technical help","options":[
                 {"id":"tech-app","label":"The app","options":[],"queue":"%s"}]}]},
             "preChat":{"name":"OPTIONAL","email":"HIDDEN"},
             "maxAttachmentBytes":100000}
            """
                .formatted(name, allowed, queue, queue));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    return name;
  }

  /**
   * A new agent account (role agent) serving {@code queue}, with "webchat" 5 and each of {@code
   * skills} 5, room for three chats; returns the user name.
   */
  String agent(String queue, String displayName, String... skills) {
    String username = "ba-" + UUID.randomUUID().toString().substring(0, 8);
    var account =
        admin.post(
            "api/admin/accounts",
            "{\"username\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\",\"roles\":[\"agent\"]}"
                .formatted(username, displayName, AGENT_PASSWORD));
    assertThat(account.status()).as(account.body()).isEqualTo(201);
    StringBuilder levels = new StringBuilder("{\"webchat\":5");
    for (String skill : skills) {
      levels.append(",\"").append(skill).append("\":5");
    }
    levels.append('}');
    var profile =
        put(
            "api/admin/agents/" + username,
            "{\"skills\":%s,\"capacity\":{\"CHAT\":3},\"queues\":[{\"queue\":\"%s\",\"priority\":0}]}"
                .formatted(levels, queue));
    assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
    return username;
  }

  /** A queue for chats, calls and e-mail (no disposition needed), wrap-up of 600 s. */
  String mailQueue() {
    return queue("\"CHAT\",\"VOICE\",\"EMAIL\"", "");
  }

  /** Sends mail to {@code address} to {@code queue} (added to the rules already there). */
  void routeMail(String address, String queue) {
    var rules =
        jakarta.json.Json.createArrayBuilder(admin.get("api/admin/email/routes").jsonArray());
    rules.add(jakarta.json.Json.createObjectBuilder().add("address", address).add("queue", queue));
    var saved = put("api/admin/email/routes", rules.build().toString());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  /** A new agent serving {@code queue} with room for three chats, one call, three e-mails. */
  String blendedAgent(String queue, String displayName) {
    String username = agent(queue, displayName);
    var profile =
        put(
            "api/admin/agents/" + username,
            "{\"skills\":{\"webchat\":5},\"capacity\":{\"CHAT\":3,\"VOICE\":1,\"EMAIL\":3},"
                + "\"queues\":[{\"queue\":\"%s\",\"priority\":0}]}".formatted(queue));
    assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
    return username;
  }

  /** A new agent serving {@code queue} for calls only. */
  String voiceAgent(String queue, String displayName) {
    String username = agent(queue, displayName);
    var profile =
        put(
            "api/admin/agents/" + username,
            "{\"skills\":{\"webchat\":5},\"capacity\":{\"VOICE\":1},"
                + "\"queues\":[{\"queue\":\"%s\",\"priority\":0}]}".formatted(queue));
    assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
    return username;
  }

  /** Posts a contact as a channel would (a call without media, for routing only). */
  String post(String channel, String queue, String customer) {
    var posted =
        admin.post(
            "api/contacts",
            "{\"channel\":\"%s\",\"queue\":\"%s\",\"customer\":\"%s\"}"
                .formatted(channel, queue, customer));
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    return posted.json().getString("id");
  }

  /** The conversation as stored (rating, visitor …), read by a supervisor. */
  JsonObject conversation(String id) {
    var reply = supervisor.get("api/agent/conversations/" + id);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** The contact as routing stored it. */
  JsonObject contact(String id) {
    var reply = admin.get("api/contacts/" + id);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonObject("contact");
  }

  private HttpResponse<String> put(String path, String json) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(base.resolve(path))
                  .timeout(Duration.ofSeconds(20))
                  .header("Content-Type", "application/json")
                  .header("Cookie", admin.sessionCookieHeader())
                  .PUT(HttpRequest.BodyPublishers.ofString(json))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
