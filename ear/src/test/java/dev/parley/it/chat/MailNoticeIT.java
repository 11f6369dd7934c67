package dev.parley.it.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notices through the outbox to a real SMTP server (GreenMail on the port the test server sends
 * to): a chat transcript the visitor asked for goes out once the agent ends the chat, with what the
 * visitor saw and without the agents' internal note, once however often it is asked for; an address
 * that is no address is refused to the visitor. A queue's voicemail notification address, set by an
 * admin, gets a notice of each voicemail message with the caller and a link, never the audio.
 */
@ExtendWith(SharedServer.class)
class MailNoticeIT {

  private static final String SAMPLE = "recordings/sample-audio.webm";

  private static GreenMail sink(ParleyServer server) {
    GreenMail mail = new GreenMail(new ServerSetup(server.mailSinkPort(), "127.0.0.1", "smtp"));
    mail.start();
    return mail;
  }

  @Test
  void theTranscriptAskedForGoesOutOnceWhenTheAgentEndsTheChatWithoutTheInternalNote(
      ParleyServer server) throws Exception {
    ChatSetup setup = new ChatSetup(server.baseUri());
    String queue = setup.queue();
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String address = "transcript-" + unique + "@example.com";
    String later = "later-" + unique + "@example.com";
    GreenMail mail = sink(server);
    try (ChatSetup.Agent agent = setup.agent(queue, "Tina Transcript", null);
        ChatSocket visitor = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      visitor.hello(null, 0);
      visitor.send(WebChatIT.start("billing", "Vera Visitor"));
      String conversation = visitor.next("status").getString("conversationId");
      agent.accept(conversation);
      visitor.next("status", "status", "ACTIVE");
      visitor.send(WebChatIT.say("v-1", "Where is my parcel " + unique + "?"));
      visitor.next("ack");
      assertThat(agent.say(conversation, "n-1", "NOTE", "internal: VIP " + unique).status())
          .isEqualTo(201);
      assertThat(
              agent.say(conversation, "a-1", "TEXT", "It ships today.\nTrack it online.").status())
          .isEqualTo(201);

      visitor.send(transcript("no address here"));
      JsonObject refused = visitor.next("error");
      assertThat(refused.getString("code")).isEqualTo("INVALID");
      assertThat(refused.getString("message")).contains("not an e-mail address");
      visitor.send(transcript(address));
      assertThat(visitor.next("saved").getString("what")).isEqualTo("transcript");

      var ended = agent.api().post("api/agent/contacts/" + conversation + "/end", "");
      assertThat(ended.status()).as(ended.body()).isEqualTo(200);
      visitor.next("status", "status", "ENDED");

      await().atMost(Duration.ofSeconds(30)).until(() -> to(mail, address).size() == 1);
      MimeMessage sent = to(mail, address).get(0);
      assertThat(sent.getSubject()).startsWith("Your conversation with " + queue + " on ");
      assertThat(sent.getFrom()[0].toString()).contains("@");
      assertThat(sent.getHeader("To")[0]).contains(address);
      assertThat(sent.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
      assertThat(sent.getHeader("Date")).isNotEmpty();
      assertThat(sent.getHeader("In-Reply-To")).isNull();
      assertThat(sent.getMessageID()).matches("<[^@<>]+@[^@<>]+>");
      assertThat(sent.getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
      String body = ((String) sent.getContent()).replace("\r\n", "\n");
      assertThat(body)
          .contains("Hello Vera Visitor,")
          .containsPattern("\\[\\d\\d:\\d\\d\\] Vera Visitor: Where is my parcel " + unique + "\\?")
          .containsPattern("\\[\\d\\d:\\d\\d\\] Tina Transcript: It ships today\\.\n +Track it")
          .contains("Tina Transcript joined the chat.")
          .doesNotContain("VIP " + unique)
          .doesNotContain("internal:");
      assertThat(body.indexOf("Where is my parcel")).isLessThan(body.indexOf("It ships today"));

      // Asked again after the end (another address): the conversation's transcript went already.
      visitor.send(transcript(later));
      assertThat(visitor.next("saved").getString("what")).isEqualTo("transcript");
      await()
          .during(Duration.ofSeconds(5))
          .atMost(Duration.ofSeconds(10))
          .until(() -> to(mail, address).size() == 1 && to(mail, later).isEmpty());
    } finally {
      mail.stop();
    }
  }

  @Test
  void aQueuesNotificationAddressGetsEachVoicemailWithTheCallerAndALinkButNoAudio(
      ParleyServer server) throws Exception {
    ChatSetup setup = new ChatSetup(server.baseUri());
    String queue = setup.closedVoicemailQueue();
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String team = "team-" + unique + "@example.com";
    notifyTo(setup, queue, "not an address", 400);
    notifyTo(setup, queue, team, 200);
    assertThat(setup.admin.get("api/admin/queues/" + queue).json().getString("voicemailNotify"))
        .isEqualTo(team);
    assertThat(setup.admin.get("openapi?format=JSON").body())
        .as("the OpenAPI document describes the field")
        .contains("voicemailNotify");
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    GreenMail mail = sink(server);
    try (ChatSocket caller = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP)) {
      String token = caller.hello(null, 0).getString("token");
      caller.send(CallSignalingIT.startCall("VOICE"));
      String call = caller.next("status", "status", "VOICEMAIL").getString("conversationId");
      var started = post(setup, "api/visitor/conversations/" + call + "/voicemail", null, token);
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      String recording = json(started.body()).getString("recordingId");
      byte[] sample;
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(SAMPLE)) {
        sample = in.readAllBytes();
      }
      String base = "api/visitor/voicemails/" + recording;
      assertThat(post(setup, base + "/chunks/0", sample, token).statusCode()).isEqualTo(204);
      assertThat(post(setup, base + "/finish", null, token).statusCode()).isEqualTo(200);

      await().atMost(Duration.ofSeconds(60)).until(() -> to(mail, team).size() == 1);
      MimeMessage sent = to(mail, team).get(0);
      assertThat(sent.getSubject()).startsWith("New voicemail in " + queue + " from ");
      assertThat(sent.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
      assertThat(sent.getContent())
          .as("one text part, no attachment")
          .isInstanceOf(String.class)
          .isNotInstanceOf(Multipart.class);
      assertThat(sent.getContentType()).startsWith("text/plain");
      String body = ((String) sent.getContent()).replace("\r\n", "\n");
      assertThat(body)
          .contains("Queue:    " + queue)
          .containsPattern("Caller: +\\S")
          .containsPattern("Duration: +\\d+:\\d\\d")
          .contains("supervisor/conversations/" + call)
          .contains("not attached");
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(8))
          .until(() -> to(mail, team).size() == 1);
    } finally {
      mail.stop();
    }
  }

  private static JsonObject transcript(String email) {
    return Json.createObjectBuilder().add("type", "transcript").add("email", email).build();
  }

  /** Sets the queue's voicemail notification address through the admin API. */
  private static void notifyTo(ChatSetup setup, String queue, String address, int status) {
    JsonObject q = setup.admin.get("api/admin/queues/" + queue).json();
    JsonObjectBuilder changed = Json.createObjectBuilder(q).add("voicemailNotify", address);
    HttpResponse<String> saved = setup.put("api/admin/queues/" + queue, changed.build().toString());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(status);
    if (status == 400) {
      assertThat(saved.body()).contains("voicemailNotify");
    }
  }

  private static HttpResponse<String> post(
      ChatSetup setup, String path, byte[] body, String token) {
    return setup.request(
        "POST",
        path,
        body,
        "Origin",
        ChatSetup.SHOP,
        "Authorization",
        "Bearer " + token,
        "Content-Type",
        "application/octet-stream");
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** Received messages addressed to {@code address}. */
  private static List<MimeMessage> to(GreenMail mail, String address) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.toString(m.getAllRecipients()).contains(address);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }
}
