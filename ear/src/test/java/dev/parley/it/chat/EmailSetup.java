package dev.parley.it.chat;

import static dev.parley.it.support.DemoAccounts.ADMIN;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * What an e-mail test sets up through the admin API: its own EMAIL queue, a support address routed
 * to it (added to the rules already there), and an agent serving it.
 */
final class EmailSetup {

  static final String AGENT_PASSWORD = "agent-secret-1";

  final URI base;
  final ApiClient admin;
  final ApiClient supervisor;
  final String unique = UUID.randomUUID().toString().substring(0, 8);
  final String queue = "mail-" + unique;
  final String supportAddress = "support-" + unique + "@example.com";

  EmailSetup(URI base) {
    this(base, "");
  }

  /** As {@link #EmailSetup(URI)}, the queue's JSON given {@code queueExtra} (",\"key\":value"). */
  EmailSetup(URI base, String queueExtra) {
    this.base = base;
    this.admin = ApiClient.loggedIn(base, ADMIN, PASSWORD);
    this.supervisor = ApiClient.loggedIn(base, SUPERVISOR, PASSWORD);
    var created =
        admin.post(
            "api/admin/queues",
            """
            {"name":"%s","channels":["EMAIL"],"priority":0,"strategy":"LONGEST_IDLE",
             "offerTimeoutSeconds":600,"wrapUpSeconds":0,"dispositionCodes":[],
             "dispositionRequired":false,"requiredSkills":[],
             "serviceLevelSeconds":3600,"serviceLevelPercent":80%s}
            """
                .formatted(queue, queueExtra));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var rules = Json.createArrayBuilder(admin.get("api/admin/email/routes").jsonArray());
    rules.add(Json.createObjectBuilder().add("address", supportAddress).add("queue", queue));
    var put = admin.put("api/admin/email/routes", rules.build().toString());
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  /**
   * A new agent serving the queue (five e-mails at once), logged in with its workstation socket
   * open (routing offers work to connected agents), available.
   */
  ChatSetup.Agent agent() throws Exception {
    String username = "mail-agent-" + UUID.randomUUID().toString().substring(0, 6);
    var account =
        admin.post(
            "api/admin/accounts",
            "{\"username\":\"%s\",\"displayName\":\"Mail Agent\",\"password\":\"%s\",\"roles\":[\"agent\"]}"
                .formatted(username, AGENT_PASSWORD));
    assertThat(account.status()).as(account.body()).isEqualTo(201);
    var profile =
        admin.put(
            "api/admin/agents/" + username,
            "{\"skills\":{},\"capacity\":{\"EMAIL\":5},\"queues\":[{\"queue\":\"%s\",\"priority\":0}]}"
                .formatted(queue));
    assertThat(profile.status()).as(profile.body()).isEqualTo(200);
    ApiClient agent = ApiClient.loggedIn(base, username, AGENT_PASSWORD);
    ChatSocket socket = ChatSocket.agent(agent);
    var available = agent.put("api/agent/presence", "{\"presence\":\"AVAILABLE\"}");
    assertThat(available.status()).as(available.body()).isEqualTo(200);
    return new ChatSetup.Agent(username, agent, socket);
  }

  /** The customer's contacts, newest first. */
  List<JsonObject> contactsOf(String customer) {
    var reply =
        admin.get(
            "api/customers/" + URLEncoder.encode(customer, StandardCharsets.UTF_8) + "/contacts");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.jsonArray().getValuesAs(JsonObject.class);
  }

  /** A conversation's messages, internal ones included (as a supervisor reads them). */
  List<JsonObject> messages(String contact) {
    var reply = supervisor.get("api/agent/conversations/" + contact + "/messages");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.jsonArray().getValuesAs(JsonObject.class);
  }

  /** The contact with routing's explanation of it, for a failing test's message. */
  String explain(String contact) {
    return admin.get("api/contacts/" + contact).body();
  }

  String state(String contact) {
    return admin.get("api/contacts/" + contact).json().getJsonObject("contact").getString("state");
  }
}
