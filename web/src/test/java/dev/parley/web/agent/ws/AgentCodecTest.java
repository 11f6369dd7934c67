package dev.parley.web.agent.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.web.platform.ws.MessageCodec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frames of {@code /ws/agent} as {@link AgentCodec} reads and writes them. */
class AgentCodecTest {

  private final AgentCodec codec = new AgentCodec();

  @Test
  void writesTheTypeDiscriminator() {
    assertThat(codec.write(new AgentServerMessage.Welcome("agent1", List.of("agent"))))
        .contains("\"type\":\"welcome\"")
        .contains("\"username\":\"agent1\"");
    assertThat(codec.write(new AgentServerMessage.Pong(7)))
        .contains("\"type\":\"pong\"")
        .contains("\"seq\":7");
  }

  @Test
  void everyFrameIsOneJsonObjectWithItsTypeAndComponents() {
    String frame =
        codec.write(new AgentServerMessage.Presence("BREAK", "lunch \"long\", {really}"));
    JsonObject parsed = Json.createReader(new StringReader(frame)).readObject();
    assertThat(parsed.getString("type")).isEqualTo("presence");
    assertThat(parsed.getString("presence")).isEqualTo("BREAK");
    assertThat(parsed.getString("breakReason")).isEqualTo("lunch \"long\", {really}");
    assertThat(parsed).hasSize(3);
    // A JSON reader keeps the last of duplicate keys, so count the discriminator in the text.
    assertThat(frame.split("\"type\":", -1)).hasSize(2);
    assertThat(codec.write(new AgentServerMessage.Pong(3)))
        .isEqualTo("{\"type\":\"pong\",\"seq\":3}");
    // Null components are written as null, not dropped (the workstation reads them as such).
    JsonObject withNull =
        Json.createReader(
                new StringReader(codec.write(new AgentServerMessage.Presence("AVAILABLE", null))))
            .readObject();
    assertThat(withNull.isNull("breakReason")).isTrue();
  }

  @Test
  void readsAPing() throws Exception {
    assertThat(codec.read("{\"type\":\"ping\",\"seq\":41}"))
        .isEqualTo(new AgentClientMessage.Ping(41));
  }

  @Test
  void refusesUnknownTypesGarbageAndEmptyFrames() {
    assertThatThrownBy(() -> codec.read("{\"type\":\"dropTables\"}"))
        .isInstanceOf(MessageCodec.InvalidFrameException.class);
    assertThatThrownBy(() -> codec.read("{\"seq\":1}"))
        .isInstanceOf(MessageCodec.InvalidFrameException.class);
    assertThatThrownBy(() -> codec.read("not json"))
        .isInstanceOf(MessageCodec.InvalidFrameException.class);
    assertThatThrownBy(() -> codec.read("[1,2]"))
        .isInstanceOf(MessageCodec.InvalidFrameException.class);
    assertThatThrownBy(() -> codec.read("  "))
        .isInstanceOf(MessageCodec.InvalidFrameException.class);
  }
}
