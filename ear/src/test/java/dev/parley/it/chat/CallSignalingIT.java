package dev.parley.it.chat;

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
 * Calls' signaling through the running server in peer-to-peer mode (docs/call-protocol.md), as the
 * widget and the workstation speak it: who offers to whom, SDP and ICE relayed only between parties
 * of the same call, hold, a three-way call with an expert, a warm transfer, virtual hold with its
 * ring-back and its unanswered end, and the refusals.
 */
@ExtendWith(SharedServer.class)
class CallSignalingIT {

  private ChatSetup setup;

  @BeforeEach
  void setUp(ParleyServer server) {
    setup = new ChatSetup(server.baseUri());
  }

  static JsonObject startCall(String channel) {
    return Json.createObjectBuilder()
        .add("type", "start")
        .add("option", "billing")
        .add("name", "Carla")
        .add("channel", channel)
        .build();
  }

  static JsonObject join(String conversation, boolean video) {
    var b = Json.createObjectBuilder().add("type", "callJoin").add("video", video);
    return conversation == null ? b.build() : b.add("conversationId", conversation).build();
  }

  static JsonObject sdp(String conversation, String peer, String type, String sdp) {
    var b =
        Json.createObjectBuilder()
            .add("type", "callSdp")
            .add("peer", peer)
            .add("description", Json.createObjectBuilder().add("type", type).add("sdp", sdp));
    return conversation == null ? b.build() : b.add("conversationId", conversation).build();
  }

  static JsonObject ice(String conversation, String peer, String candidate) {
    var b =
        Json.createObjectBuilder()
            .add("type", "callIce")
            .add("peer", peer)
            .add(
                "candidate",
                Json.createObjectBuilder()
                    .add("candidate", candidate)
                    .add("sdpMid", "0")
                    .add("sdpMLineIndex", 0));
    return conversation == null ? b.build() : b.add("conversationId", conversation).build();
  }

  /** A visitor who started a call and joined its media while waiting. */
  private String callWaiting(ChatSocket visitor, String channel) throws Exception {
    visitor.hello(null, 0);
    visitor.send(startCall(channel));
    String conversation = visitor.next("status", "status", "QUEUED").getString("conversationId");
    visitor.send(join(null, "VIDEO".equals(channel)));
    JsonObject peers = visitor.next("callPeers");
    assertThat(peers.getString("mode")).isEqualTo("PEER_TO_PEER");
    assertThat(peers.getJsonArray("peers")).isEmpty();
    assertThat(peers.getBoolean("musicFromServer")).isFalse();
    return conversation;
  }

  @Test
  void aVideoCallIsSignaledBetweenTheVisitorAndTheAgentAndHoldIsToldToBoth() throws Exception {
    String queue = setup.callQueue(30);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSetup.Agent agent = setup.agent(queue, "Vic Voice", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      String conversation = callWaiting(visitor, "VIDEO");
      JsonObject offer = agent.socket().next("offer").getJsonObject("offer");
      assertThat(offer.getString("channel")).isEqualTo("VIDEO");
      assertThat(offer.getString("contactId")).isEqualTo(conversation);
      var accepted = agent.api().post("api/agent/offers/" + conversation + "/accept", "");
      assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
      assertThat(visitor.next("status", "status", "ACTIVE").getString("agentName"))
          .isEqualTo("Vic Voice");

      agent.socket().send(join(conversation, true));
      JsonObject peers = agent.socket().next("callPeers");
      assertThat(peers.getJsonArray("peers")).hasSize(1);
      JsonObject customer = peers.getJsonArray("peers").getJsonObject(0);
      assertThat(customer.getString("id")).isEqualTo("customer");
      assertThat(customer.getBoolean("offer")).isTrue();
      String me = "agent:" + agent.username();
      JsonObject joined = visitor.next("callPeerJoined").getJsonObject("peer");
      assertThat(joined.getString("id")).isEqualTo(me);
      assertThat(joined.getString("name")).isEqualTo("Vic Voice");
      assertThat(joined.getBoolean("offer")).isFalse();

      agent.socket().send(sdp(conversation, "customer", "offer", "v=0 agent-offer"));
      JsonObject atVisitor = visitor.next("callSdp");
      assertThat(atVisitor.getString("peer")).isEqualTo(me);
      assertThat(atVisitor.getJsonObject("description").getString("sdp"))
          .isEqualTo("v=0 agent-offer");
      visitor.send(sdp(null, me, "answer", "v=0 visitor-answer"));
      assertThat(agent.socket().next("callSdp").getJsonObject("description").getString("type"))
          .isEqualTo("answer");
      visitor.send(ice(null, me, "candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host"));
      assertThat(agent.socket().next("callIce").getJsonObject("candidate").getString("candidate"))
          .contains("typ host");

      var held = agent.api().post("api/agent/calls/" + conversation + "/hold", "{\"on\":true}");
      assertThat(held.status()).as(held.body()).isEqualTo(204);
      JsonObject hold = visitor.next("callHold");
      assertThat(hold.getBoolean("on")).isTrue();
      assertThat(hold.getBoolean("musicFromServer")).isFalse();
      assertThat(agent.socket().next("callHold").getBoolean("on")).isTrue();
      agent.api().post("api/agent/calls/" + conversation + "/hold", "{\"on\":false}");
      assertThat(visitor.next("callHold").getBoolean("on")).isFalse();

      var ended = agent.api().post("api/agent/contacts/" + conversation + "/end", "");
      assertThat(ended.status()).as(ended.body()).isEqualTo(200);
      assertThat(visitor.next("callPeerLeft").getString("peer")).isEqualTo(me);
      assertThat(visitor.next("status", "status", "ENDED")).isNotNull();
    }
  }

  @Test
  void signalingReachesOnlyPartiesOfTheSameCall() throws Exception {
    String queue = setup.callQueue(30);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSetup.Agent agent = setup.agent(queue, "Sam Secure", null);
        ChatSetup.Agent outsider = setup.agent(setup.queue(), "Olga Outsider", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      String conversation = callWaiting(visitor, "VOICE");
      visitor.send(sdp(null, "agent:" + outsider.username(), "offer", "v=0"));
      assertThat(visitor.next("error").getString("code")).isEqualTo("NOT_IN_CALL");

      outsider.socket().send(join(conversation, false));
      assertThat(outsider.socket().next("error").getString("message")).startsWith("NOT_ALLOWED");
      outsider.socket().send(sdp(conversation, "customer", "offer", "v=0 forged"));
      assertThat(outsider.socket().next("error").getString("message")).startsWith("NOT_IN_CALL");
      assertThat(visitor.all("callSdp", 500)).isEmpty();

      agent.accept(conversation);
      var hold = outsider.api().post("api/agent/calls/" + conversation + "/hold", "{\"on\":true}");
      assertThat(hold.status()).isEqualTo(403);
    }
  }

  @Test
  void aChatIsNotACall() throws Exception {
    String queue = setup.callQueue(30);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      visitor.hello(null, 0);
      visitor.send(startCall("CHAT"));
      visitor.next("status", "status", "QUEUED");
      visitor.send(join(null, false));
      assertThat(visitor.next("error").getString("code")).isEqualTo("NOT_A_CALL");
      visitor.send(startCall("SMS"));
      assertThat(visitor.next("error").getString("code")).isEqualTo("NOT_ALLOWED");
      visitor.send(startCall("PIGEON"));
      assertThat(visitor.next("error").getString("code")).isEqualTo("INVALID");
    }
  }

  @Test
  void anExpertJoinsAThreeWayCallAndLeavesWhileItGoesOn() throws Exception {
    String queue = setup.callQueue(30);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSetup.Agent agent = setup.agent(queue, "Ann Agent", null);
        ChatSetup.Agent expert = setup.agent(setup.queue(), "Ed Expert", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      String conversation = callWaiting(visitor, "VIDEO");
      agent.accept(conversation);
      agent.socket().send(join(conversation, true));
      agent.socket().next("callPeers");
      visitor.next("callPeerJoined");

      var asked =
          agent
              .api()
              .post(
                  "api/agent/contacts/" + conversation + "/consult",
                  "{\"agent\":\"%s\",\"privately\":false}".formatted(expert.username()));
      assertThat(asked.status()).as(asked.body()).isEqualTo(201);
      String consult = asked.json().getString("consultId");
      expert.accept(consult);
      expert.socket().send(join(conversation, true));
      JsonObject peers = expert.socket().next("callPeers");
      assertThat(peers.getJsonArray("peers"))
          .extracting(p -> p.asJsonObject().getString("id"))
          .containsExactly("customer", "agent:" + agent.username());
      String ed = "agent:" + expert.username();
      assertThat(visitor.next("callPeerJoined").getJsonObject("peer").getString("role"))
          .isEqualTo("EXPERT");
      assertThat(agent.socket().next("callPeerJoined").getJsonObject("peer").getString("id"))
          .isEqualTo(ed);
      expert.socket().send(sdp(conversation, "customer", "offer", "v=0 expert"));
      assertThat(visitor.next("callSdp").getString("peer")).isEqualTo(ed);

      var left = expert.api().post("api/agent/contacts/" + consult + "/end", "");
      assertThat(left.status()).as(left.body()).isEqualTo(200);
      assertThat(visitor.next("callPeerLeft").getString("peer")).isEqualTo(ed);
      assertThat(agent.socket().next("callPeerLeft").getString("peer")).isEqualTo(ed);
      agent.socket().send(sdp(conversation, "customer", "offer", "v=0 still here"));
      assertThat(visitor.next("callSdp").getString("peer")).isEqualTo("agent:" + agent.username());
    }
  }

  @Test
  void aWarmTransferTalksToTheColleagueWhileTheCallerHearsMusicThenHandsOver() throws Exception {
    String queue = setup.callQueue(30);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSetup.Agent agent = setup.agent(queue, "Wes Warm", null);
        ChatSetup.Agent colleague = setup.agent(queue, "Cleo Colleague", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      String conversation = callWaiting(visitor, "VOICE");
      String first = acceptedByEither(conversation, agent, colleague);
      ChatSetup.Agent owner = first.equals(agent.username()) ? agent : colleague;
      ChatSetup.Agent other = owner == agent ? colleague : agent;
      owner.socket().send(join(conversation, false));
      owner.socket().next("callPeers");
      visitor.next("callPeerJoined");

      var asked =
          owner
              .api()
              .post(
                  "api/agent/contacts/" + conversation + "/consult",
                  "{\"agent\":\"%s\",\"privately\":true}".formatted(other.username()));
      assertThat(asked.status()).as(asked.body()).isEqualTo(201);
      String consult = asked.json().getString("consultId");
      other.accept(consult);
      other.socket().send(join(conversation, false));
      assertThat(other.socket().next("callPeers").getJsonArray("peers"))
          .extracting(p -> p.asJsonObject().getString("id"))
          .containsExactly("agent:" + owner.username());
      assertThat(visitor.next("callHold").getBoolean("on")).isTrue();
      assertThat(visitor.all("callPeerJoined", 300)).isEmpty();

      var handover =
          owner
              .api()
              .post(
                  "api/agent/calls/" + conversation + "/handover",
                  "{\"consultId\":\"%s\"}".formatted(consult));
      assertThat(handover.status()).as(handover.body()).isEqualTo(200);
      assertThat(
              visitor.next("status", "agentName", other == agent ? "Wes Warm" : "Cleo Colleague"))
          .isNotNull();
      other.socket().send(join(conversation, false));
      assertThat(other.socket().next("callPeers").getJsonArray("peers"))
          .extracting(p -> p.asJsonObject().getString("id"))
          .containsExactly("customer");
    }
  }

  /** Both agents serve the queue; whoever is offered the call accepts it. */
  private static String acceptedByEither(String conversation, ChatSetup.Agent a, ChatSetup.Agent b)
      throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (ChatSetup.Agent x : new ChatSetup.Agent[] {a, b}) {
        for (JsonObject o : x.socket().all("offer", 200)) {
          if (o.getJsonObject("offer").getString("contactId").equals(conversation)) {
            var accepted = x.api().post("api/agent/offers/" + conversation + "/accept", "");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            return x.username();
          }
        }
      }
    }
    throw new AssertionError("nobody was offered " + conversation);
  }

  @Test
  void aCallerWhoKeepsTheirPlaceIsRungBackWhenAnAgentIsReady() throws Exception {
    String queue = setup.callQueue(30);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      String conversation = callWaiting(visitor, "VOICE");
      visitor.send(Json.createObjectBuilder().add("type", "keepPlace").build());
      assertThat(visitor.all("error", 300)).isEmpty();
      try (ChatSetup.Agent agent = setup.agent(queue, "Rita Ring", null)) {
        assertThat(visitor.next("callRing").getString("conversationId")).isEqualTo(conversation);
        visitor.send(join(null, false));
        visitor.next("callPeers");
        agent.accept(conversation);
        agent.socket().send(join(conversation, false));
        assertThat(agent.socket().next("callPeers").getJsonArray("peers")).hasSize(1);
      }
    }
  }

  @Test
  void aRingBackNobodyAnswersEndsTheCallAsAbandonedWithThatReason() throws Exception {
    String queue = setup.callQueue(1);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      String conversation = callWaiting(visitor, "VOICE");
      visitor.send(Json.createObjectBuilder().add("type", "keepPlace").build());
      try (ChatSetup.Agent agent = setup.agent(queue, "Nora Noanswer", null)) {
        visitor.next("callRing");
        assertThat(visitor.next("status", "status", "ENDED")).isNotNull();
        ApiClient supervisor =
            ApiClient.loggedIn(
                setup.base,
                dev.parley.it.support.DemoAccounts.SUPERVISOR,
                dev.parley.it.support.DemoAccounts.PASSWORD);
        assertThat(supervisor.get("api/agent/conversations/" + conversation + "/messages").body())
            .contains("NO_ANSWER_TO_CALLBACK");
      }
    }
  }

  @Test
  void aQueueWithoutVirtualHoldRefusesToKeepThePlace() throws Exception {
    String queue = setup.callQueue(0);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      callWaiting(visitor, "VOICE");
      visitor.send(Json.createObjectBuilder().add("type", "keepPlace").build());
      assertThat(visitor.next("error").getString("code")).isEqualTo("NOT_ALLOWED");
    }
  }

  @Test
  void readinessShowsTheMediaModeAndIceServersCarryNoFixedPassword() throws Exception {
    ApiClient anonymous = new ApiClient(setup.base);
    var ready = anonymous.get("health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("\"media\"").contains("PEER_TO_PEER");
    String queue = setup.callQueue(30);
    try (ChatSetup.Agent agent = setup.agent(queue, "Ivy Ice", null)) {
      var servers = agent.api().get("api/agent/calls/ice-servers");
      assertThat(servers.status()).isEqualTo(200);
      assertThat(servers.body()).doesNotContain("password");
    }
  }

  @Test
  void theAgentWhoFreesUpIsOfferedTheWaitingCallBeforeTheChatThatWaitedLonger() throws Exception {
    String queue = setup.callQueue(30);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSetup.Agent agent = setup.agent(queue, "Fay Free", null);
        ChatSocket first = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP);
        ChatSocket chatter = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP);
        ChatSocket caller = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      String busy = callWaiting(first, "VOICE");
      agent.accept(busy);

      chatter.hello(null, 0);
      chatter.send(startCall("CHAT"));
      String chat = chatter.next("status", "status", "QUEUED").getString("conversationId");
      String call = callWaiting(caller, "VOICE");
      assertThat(agent.socket().all("offer", 500)).as("a live call is exclusive").isEmpty();

      var ended = agent.api().post("api/agent/contacts/" + busy + "/end", "");
      assertThat(ended.status()).as(ended.body()).isEqualTo(200);
      JsonObject next = agent.socket().next("offer").getJsonObject("offer");
      assertThat(next.getString("contactId")).as("the call, not the chat " + chat).isEqualTo(call);
      assertThat(next.getString("channel")).isEqualTo("VOICE");
    }
  }

  @Test
  void anAgentWorkingAnEmailIsOfferedACall() throws Exception {
    String queue = setup.callQueue(30);
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSetup.Agent agent = setup.agent(queue, "Eli Email", null);
        ChatSocket caller = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      var email =
          setup.admin.post(
              "api/contacts",
              "{\"channel\":\"EMAIL\",\"queue\":\"%s\",\"customer\":\"mailto:ann@example.com\"}"
                  .formatted(queue));
      assertThat(email.status()).as(email.body()).isEqualTo(201);
      agent.accept(email.json().getString("id"));

      String call = callWaiting(caller, "VOICE");
      JsonObject offer = agent.socket().next("offer").getJsonObject("offer");
      assertThat(offer.getString("contactId")).isEqualTo(call);
      assertThat(offer.getString("channel")).isEqualTo("VOICE");
      var accepted = agent.api().post("api/agent/offers/" + call + "/accept", "");
      assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
      agent.socket().send(join(call, false));
      assertThat(agent.socket().next("callPeers").getJsonArray("peers")).hasSize(1);
    }
  }

  @Test
  void anEntryPointOffersCallsOnlyWhereItsQueuesTakeThem() throws Exception {
    String chatOnly = setup.entryPoint(setup.queue(), ChatSetup.SHOP);
    String calls = setup.entryPoint(setup.callQueue(30), ChatSetup.SHOP);
    var config =
        setup.request("GET", "api/visitor/entry-points/" + calls, null, "Origin", ChatSetup.SHOP);
    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body()).contains("\"channels\":[\"CHAT\",\"VOICE\",\"VIDEO\"]");
    try (ChatSocket visitor = ChatSocket.open(setup.base, chatOnly, ChatSetup.SHOP)) {
      visitor.hello(null, 0);
      visitor.send(startCall("VOICE"));
      JsonObject refused = visitor.next("error");
      assertThat(refused.getString("code")).isEqualTo("NOT_ALLOWED");
      assertThat(refused.getString("message")).contains("offers CHAT");
    }
  }

  @Test
  void aCallToAClosedQueueGetsTheQueuesAfterHoursMessageAndNoMedia() throws Exception {
    String queue = setup.closedCallQueue("Our phones are closed today");
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      visitor.hello(null, 0);
      visitor.send(startCall("VOICE"));
      JsonObject offline = visitor.next("status", "status", "OFFLINE");
      assertThat(offline.getString("text")).isEqualTo("Our phones are closed today");
      visitor.send(join(null, false));
      assertThat(visitor.next("error").getString("code")).isEqualTo("NOT_ALLOWED");
    }
  }
}
