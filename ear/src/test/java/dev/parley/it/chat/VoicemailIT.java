package dev.parley.it.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The voicemail REST, black box (ADR 0020): a call to a closed queue whose after-hours action is
 * VOICEMAIL is told so on the visitor socket; only its own visitor (signed token) may start, upload
 * and finish the message, bad input gets a 4xx and stores nothing; the message becomes a VOICEMAIL
 * contact whose media only the agent it is assigned to may play, and agents still get 403 on the
 * recordings library.
 */
@ExtendWith(SharedServer.class)
class VoicemailIT {

  private static final String SAMPLE = "recordings/sample-audio.webm";

  private ChatSetup setup;

  @BeforeEach
  void setUp(ParleyServer server) {
    setup = new ChatSetup(server.baseUri());
  }

  @Test
  void onlyTheCallersTokenLeavesAMessageWhichOnlyItsAgentPlays() throws Exception {
    String queue = setup.closedVoicemailQueue();
    String entryPoint = setup.entryPoint(queue, ChatSetup.SHOP);
    try (ChatSocket caller = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP);
        ChatSocket other = ChatSocket.open(setup.base, entryPoint, ChatSetup.SHOP);
        ChatSetup.Agent agent = setup.agent(queue, "Vic Voicemail", null);
        ChatSetup.Agent colleague = setup.agent(queue, "Col League", null)) {
      String token = caller.hello(null, 0).getString("token");
      String otherToken = other.hello(null, 0).getString("token");
      caller.send(CallSignalingIT.startCall("VOICE"));
      JsonObject told = caller.next("status", "status", "VOICEMAIL");
      String call = told.getString("conversationId");
      String start = "api/visitor/conversations/" + call + "/voicemail";

      assertThat(post(start, null, null).statusCode()).as("no token").isEqualTo(401);
      assertThat(post(start, null, "forged." + token).statusCode())
          .as("forged token")
          .isEqualTo(401);
      assertThat(post(start, null, otherToken).statusCode())
          .as("another visitor's call")
          .isEqualTo(404);
      var started = post(start, null, token);
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      JsonObject message = json(started.body());
      assertThat(message.getInt("maxSeconds")).isEqualTo(30);
      String recording = message.getString("recordingId");
      String chunks = "api/visitor/voicemails/" + recording + "/chunks/";

      byte[] sample;
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(SAMPLE)) {
        sample = in.readAllBytes();
      }
      assertThat(post(chunks + "0", sample, otherToken).statusCode())
          .as("another visitor's message")
          .isEqualTo(403);
      assertThat(post(chunks + "-1", sample, token).statusCode()).as("bad sequence").isIn(400, 404);
      assertThat(post("api/visitor/voicemails/nope/chunks/0", sample, token).statusCode())
          .isEqualTo(404);
      assertThat(post(chunks + "0", new byte[2 * 1024 * 1024], token).statusCode())
          .as("a chunk over 1 MiB")
          .isEqualTo(413);
      assertThat(post(chunks + "0", sample, token).statusCode()).isEqualTo(204);
      String finish = "api/visitor/voicemails/" + recording + "/finish";
      assertThat(post(finish, null, otherToken).statusCode()).isEqualTo(403);
      var finished = post(finish, null, token);
      assertThat(finished.statusCode()).as(finished.body()).isEqualTo(200);
      assertThat(post(chunks + "1", sample, token).statusCode())
          .as("a chunk after the finish")
          .isEqualTo(409);
      assertThat(post(start, null, token).statusCode())
          .as("a call leaves one message")
          .isEqualTo(409);

      JsonObject offer = agent.socket().next("offer").getJsonObject("offer");
      String contact = offer.getString("contactId");
      assertThat(offer.getString("channel")).isEqualTo("VOICEMAIL");
      var accepted = agent.api().post("api/agent/offers/" + contact + "/accept", "");
      assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

      String media = "api/agent/voicemails/" + contact + "/media";
      ApiClient.BinaryReply played = agent.api().getBytes(media);
      assertThat(played.status()).isEqualTo(200);
      assertThat(played.header("Content-Type")).startsWith("audio/webm");
      assertThat(agent.api().getBytes(media, "Range", "bytes=0-9").status()).isEqualTo(206);
      JsonObject about = agent.api().get("api/agent/voicemails/" + contact).json();
      assertThat(about.getString("queue")).isEqualTo(queue);
      assertThat(about.getBoolean("ready")).isTrue();

      assertThat(colleague.api().getBytes(media).status()).as("not assigned to").isEqualTo(403);
      assertThat(colleague.api().get("api/agent/voicemails/" + contact).status()).isEqualTo(403);
      assertThat(colleague.api().getBytes("api/agent/voicemails/" + call + "/media").status())
          .as("the call is not a voicemail contact")
          .isEqualTo(403);
      assertThat(agent.api().get("api/supervisor/recordings").status())
          .as("agents do not list recordings")
          .isEqualTo(403);
    }
  }

  private HttpResponse<String> post(String path, byte[] body, String token) {
    return token == null
        ? setup.request("POST", path, body, "Origin", ChatSetup.SHOP)
        : setup.request(
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
}
