package dev.parley.it.routing;

import static dev.parley.it.support.DemoAccounts.ADMIN;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * What a test needs set up through the admin API: its own queue (so tests never share waiting
 * contacts) and fresh agent accounts serving it. Names are unique per call.
 */
final class RoutingSetup {
  static final String AGENT_PASSWORD = "routing-agent-pw";

  private final ApiClient admin;

  RoutingSetup(URI base) {
    this.admin = ApiClient.loggedIn(base, ADMIN, PASSWORD);
  }

  ApiClient admin() {
    return admin;
  }

  /** A CHAT+VOICE queue requiring skill "billing" 3, dispositions required, 600 s offer timeout. */
  String queue() {
    return queue(600);
  }

  /** The same queue with an offer timeout of {@code offerTimeoutSeconds}. */
  String queue(int offerTimeoutSeconds) {
    return billingQueue(
        "q-",
        """
        "offerTimeoutSeconds":%d,"wrapUpSeconds":300,"dispositionCodes":["RESOLVED","CALLBACK"],
        "dispositionRequired":true,"serviceLevelSeconds":20,"serviceLevelPercent":80"""
            .formatted(offerTimeoutSeconds));
  }

  /**
   * A CHAT+VOICE queue requiring "billing" 3 with a sticky-agent window of {@code windowSeconds},
   * no disposition required, 300 s wrap-up.
   */
  String stickyQueue(int windowSeconds) {
    return billingQueue(
        "sq-",
        """
        "offerTimeoutSeconds":600,"wrapUpSeconds":300,"dispositionCodes":[],"dispositionRequired":false,
        "serviceLevelSeconds":20,"serviceLevelPercent":80,"stickyWindowSeconds":%d"""
            .formatted(windowSeconds));
  }

  /** Creates a CHAT+VOICE longest-idle queue requiring "billing" 3, with the given other fields. */
  private String billingQueue(String prefix, String otherFields) {
    skill("billing");
    String name = prefix + UUID.randomUUID().toString().substring(0, 8);
    var created =
        admin.post(
            "api/admin/queues",
            """
            {"name":"%s","channels":["CHAT","VOICE"],"priority":0,"strategy":"LONGEST_IDLE",
             "requiredSkills":[{"skill":"billing","minLevel":3}],%s}
            """
                .formatted(name, otherFields));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return name;
  }

  /** Logs the agent {@code username} in and makes it AVAILABLE. */
  static ApiClient available(URI base, String username) {
    ApiClient agent = ApiClient.loggedIn(base, username, AGENT_PASSWORD);
    var available = presence(agent, "{\"presence\":\"AVAILABLE\"}");
    assertThat(available.status()).as(available.body()).isEqualTo(200);
    return agent;
  }

  /** The agent the engine chose for {@code contact} in its latest decision (null if none). */
  String chosenAgent(String contact) {
    var explanation = admin.get("api/contacts/" + contact).json().getJsonArray("explanation");
    var last = explanation.getJsonObject(explanation.size() - 1);
    return last.isNull("chosenAgent") ? null : last.getString("chosenAgent");
  }

  /** The rule of the engine's latest decision for {@code contact}. */
  String rule(String contact) {
    var explanation = admin.get("api/contacts/" + contact).json().getJsonArray("explanation");
    return explanation.getJsonObject(explanation.size() - 1).getString("rule");
  }

  /** {@code agent} accepts, ends and wraps up {@code contact} (no disposition): it is CLOSED. */
  static void handle(ApiClient agent, String contact) {
    assertThat(agent.post("api/agent/offers/" + contact + "/accept", "").status()).isEqualTo(200);
    assertThat(agent.post("api/agent/contacts/" + contact + "/end", "").status()).isEqualTo(200);
    var closed = agent.post("api/agent/contacts/" + contact + "/wrap-up", "{\"disposition\":null}");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
  }

  /** Makes sure the skills catalogue holds {@code name} (created now or by an earlier test). */
  void skill(String name) {
    var created =
        admin.post("api/admin/skills", "{\"name\":\"%s\",\"kind\":\"SKILL\"}".formatted(name));
    assertThat(created.status()).as(created.body()).isIn(201, 409);
  }

  /** A new agent account serving {@code queue} with billing 5; returns its username. */
  String agentServing(String queue) {
    String username = "ag-" + UUID.randomUUID().toString().substring(0, 8);
    var account =
        admin.post(
            "api/admin/accounts",
            "{\"username\":\"%s\",\"displayName\":\"Test Agent\",\"password\":\"%s\",\"roles\":[\"agent\"]}"
                .formatted(username, AGENT_PASSWORD));
    assertThat(account.status()).as(account.body()).isEqualTo(201);
    var profile =
        put(
            admin,
            "api/admin/agents/" + username,
            "{\"skills\":{\"billing\":5},\"capacity\":{\"CHAT\":2},\"queues\":[{\"queue\":\"%s\",\"priority\":0}]}"
                .formatted(queue));
    assertThat(profile.status()).as(profile.body()).isEqualTo(200);
    return username;
  }

  /** Posts a CHAT contact to {@code queue} for {@code customer}. */
  ApiClient.Reply contact(String queue, String customer) {
    return contact("CHAT", queue, customer);
  }

  ApiClient.Reply contact(String channel, String queue, String customer) {
    return admin.post(
        "api/contacts",
        "{\"channel\":\"%s\",\"queue\":\"%s\",\"customer\":\"%s\"}"
            .formatted(channel, queue, customer));
  }

  static ApiClient.Reply presence(ApiClient agent, String json) {
    return put(agent, "api/agent/presence", json);
  }

  /** PUT with the session's cookie (ApiClient has no PUT). */
  static ApiClient.Reply put(ApiClient client, String path, String json) {
    return send(client, "PUT", path, HttpRequest.BodyPublishers.ofString(json));
  }

  /** DELETE with the session's cookie (ApiClient has no DELETE). */
  static ApiClient.Reply delete(ApiClient client, String path) {
    return send(client, "DELETE", path, HttpRequest.BodyPublishers.noBody());
  }

  private static ApiClient.Reply send(
      ApiClient client, String method, String path, HttpRequest.BodyPublisher body) {
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(client.base().resolve(path))
                      .timeout(Duration.ofSeconds(30))
                      .header("Content-Type", "application/json")
                      .header("Cookie", client.sessionCookieHeader())
                      .method(method, body)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      return new ApiClient.Reply(r.statusCode(), r.body(), r.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A contact's state as supervisors see it ({@code GET /api/contacts/{id}}). */
  static String contactState(RoutingSetup setup, String id) {
    return setup
        .admin()
        .get("api/contacts/" + id)
        .json()
        .getJsonObject("contact")
        .getString("state");
  }

  /** The ids of the offers ringing in an agent's state. */
  static List<String> offeredIds(JsonObject agentState) {
    return agentState.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("contactId"))
        .toList();
  }

  /** An instant as the database keeps it (milliseconds), for comparing across a restart. */
  static Instant millis(String instant) {
    return Instant.parse(instant).truncatedTo(ChronoUnit.MILLIS);
  }
}
