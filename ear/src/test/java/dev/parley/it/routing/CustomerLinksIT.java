package dev.parley.it.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One customer across channels: identities written differently by different channels are one,
 * linked identities share one history (newest first, every channel), linking two customers merges
 * them, unlinking splits one off again; bad requests are refused and change nothing.
 */
@ExtendWith(SharedServer.class)
class CustomerLinksIT {

  private RoutingSetup setup;
  private ApiClient admin;
  private String queue;
  private String visitor;
  private String email;
  private String phone;

  @BeforeEach
  void identities(ParleyServer server) {
    setup = new RoutingSetup(server.baseUri());
    admin = setup.admin();
    queue = setup.queue();
    String unique = UUID.randomUUID().toString().substring(0, 8);
    visitor = "visitor-" + unique;
    email = "jane." + unique + "@example.com";
    phone = "+45" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
  }

  @Test
  void linkedIdentitiesShareOneHistoryAcrossChannelsUntilUnlinked() {
    String chat = posted("CHAT", visitor);
    String mail = posted("CHAT", "Jane Doe <" + email.toUpperCase() + ">");
    String call = posted("VOICE", spaced(phone));
    String callAgain = posted("VOICE", phone);

    assertThat(history(phone))
        .as("one phone number however written")
        .containsExactly(callAgain, call);
    assertThat(history(visitor)).containsExactly(chat);
    assertThat(identities(customer(visitor))).containsExactly(visitor);

    JsonObject linked = link(visitor, "Jane <" + email + ">");
    assertThat(linked.getString("customer")).isEqualTo(visitor);
    assertThat(identities(linked)).containsExactlyInAnyOrder(visitor, email);
    assertThat(history(email)).containsExactly(mail, chat);

    // The phone's customer and the visitor's are the same person: they merge.
    JsonObject merged = link(phone, visitor);
    assertThat(merged.getString("customer")).isEqualTo(phone);
    assertThat(identities(merged)).containsExactlyInAnyOrder(phone, visitor, email);
    assertThat(history(email)).containsExactly(callAgain, call, mail, chat);
    assertThat(channels(email)).containsExactly("VOICE", "VOICE", "CHAT", "CHAT");
    assertThat(identities(customer(email))).containsExactlyInAnyOrder(phone, visitor, email);

    JsonObject left = unlinked(email, visitor);
    assertThat(identities(left)).containsExactlyInAnyOrder(phone, email);
    assertThat(history(visitor)).containsExactly(chat);
    assertThat(history(phone)).containsExactly(callAgain, call, mail);

    // Taking out the customer's own id leaves the other identity alone, as a customer of its own.
    JsonObject rest = unlinked(email, phone);
    assertThat(identities(rest)).containsExactly(email);
    assertThat(history(email)).containsExactly(mail);
    assertThat(history(phone)).containsExactly(callAgain, call);
  }

  @Test
  void badLinksAreRefusedAndChangeNothing() {
    posted("CHAT", visitor);
    link(visitor, email);

    var same = admin.post(path(visitor) + "/links", "{\"identity\":\"" + visitor + "\"}");
    assertThat(same.status()).as(same.body()).isEqualTo(400);
    var blank = admin.post(path(visitor) + "/links", "{\"identity\":\"  \"}");
    assertThat(blank.status()).as(blank.body()).isEqualTo(400);
    var missing = admin.post(path(visitor) + "/links", "{}");
    assertThat(missing.status()).as(missing.body()).isEqualTo(400);
    var tooLong =
        admin.post(path(visitor) + "/links", "{\"identity\":\"" + "v".repeat(201) + "\"}");
    assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
    var notLinked = RoutingSetup.delete(admin, path(visitor) + "/links/" + encode(phone));
    assertThat(notLinked.status()).as(notLinked.body()).isEqualTo(404);

    assertThat(identities(customer(visitor))).containsExactlyInAnyOrder(visitor, email);
  }

  @Test
  void agentsReadAndLinkCustomersAndAnonymousCallersCannot(ParleyServer server) {
    String chat = posted("CHAT", visitor);
    String agentName = setup.agentServing(queue);
    ApiClient agent = ApiClient.loggedIn(server.baseUri(), agentName, RoutingSetup.AGENT_PASSWORD);

    var linked = agent.post(path(visitor) + "/links", "{\"identity\":\"" + email + "\"}");
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    var history = agent.get(path(email) + "/contacts");
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    assertThat(history.body()).contains(chat);

    var anonymous = new ApiClient(server.baseUri()).get(path(visitor) + "/contacts");
    assertThat(anonymous.status()).isEqualTo(401);
  }

  @Test
  void aLinkedIdentityReachesTheAgentWhoLastServedTheCustomer(ParleyServer server)
      throws Exception {
    String sticky = setup.stickyQueue(3600);
    String first = setup.agentServing(sticky);
    String second = setup.agentServing(sticky);
    ApiClient firstClient = RoutingSetup.available(server.baseUri(), first);
    ApiClient secondClient = RoutingSetup.available(server.baseUri(), second);
    // Only connected agents are offered work.
    try (AgentSocket a = AgentSocket.open(firstClient);
        AgentSocket b = AgentSocket.open(secondClient)) {
      String call = posted("VOICE", sticky, spaced(phone));
      String servedBy = setup.chosenAgent(call);
      assertThat(servedBy).isIn(first, second);
      String other = servedBy.equals(first) ? second : first;
      RoutingSetup.handle(servedBy.equals(first) ? firstClient : secondClient, call);
      // The other agent is now the one idle longest: only the sticky rule sends Jane back.

      link(phone, "Jane <" + email + ">");
      String chat = posted("CHAT", sticky, email.toUpperCase());
      String stranger = posted("CHAT", sticky, visitor);

      assertThat(setup.chosenAgent(chat)).isEqualTo(servedBy);
      assertThat(setup.rule(chat)).isEqualTo("STICKY_AGENT");
      assertThat(setup.chosenAgent(stranger)).isEqualTo(other);
    }
  }

  private String posted(String channel, String customer) {
    return posted(channel, queue, customer);
  }

  private String posted(String channel, String queue, String customer) {
    var reply = setup.contact(channel, queue, customer);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().getString("id");
  }

  private List<String> history(String identity) {
    var reply = admin.get(path(identity) + "/contacts");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.jsonArray().getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("id"))
        .toList();
  }

  private List<String> channels(String identity) {
    return admin
        .get(path(identity) + "/contacts")
        .jsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(c -> c.getString("channel"))
        .toList();
  }

  private JsonObject customer(String identity) {
    var reply = admin.get(path(identity));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private JsonObject link(String identity, String other) {
    var reply = admin.post(path(identity) + "/links", "{\"identity\":\"" + other + "\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private JsonObject unlinked(String customer, String identity) {
    var reply = RoutingSetup.delete(admin, path(customer) + "/links/" + encode(identity));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static List<String> identities(JsonObject customer) {
    return customer.getJsonArray("identities").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  /** {@code +4512345678} as {@code +45 12 34 56 78}. */
  private static String spaced(String phone) {
    StringBuilder b = new StringBuilder(phone.substring(0, 3));
    for (int i = 3; i < phone.length(); i += 2) {
      b.append(' ').append(phone, i, Math.min(i + 2, phone.length()));
    }
    return b.toString();
  }

  private static String path(String identity) {
    return "api/customers/" + encode(identity);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
