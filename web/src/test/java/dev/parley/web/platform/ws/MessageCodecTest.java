package dev.parley.web.platform.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import org.junit.jupiter.api.Test;

/**
 * The codec is generic over a socket's message types; the agent socket's frames are pinned by
 * AgentCodecTest. Here: two sockets' codecs keep to their own types.
 */
class MessageCodecTest {

  @JsonbTypeInfo(
      key = "type",
      value = {
        @JsonbSubtype(alias = "hello", type = Out.Hello.class),
        @JsonbSubtype(alias = "bye", type = Out.Bye.class)
      })
  public sealed interface Out {
    record Hello(String name, String note) implements Out {}

    record Bye() implements Out {}
  }

  @JsonbTypeInfo(
      key = "type",
      value = {@JsonbSubtype(alias = "ask", type = In.Ask.class)})
  public sealed interface In {
    record Ask(long seq) implements In {}
  }

  @JsonbTypeInfo(
      key = "type",
      value = {@JsonbSubtype(alias = "other", type = Other.Tell.class)})
  public sealed interface Other {
    record Tell(long seq) implements Other {}
  }

  private final MessageCodec<Out, In> codec = new MessageCodec<>(Out.class, In.class);

  @Test
  void writesEachSocketsOwnAliasesAndNulls() {
    assertThat(codec.write(new Out.Hello("ann", null)))
        .isEqualTo("{\"type\":\"hello\",\"name\":\"ann\",\"note\":null}");
    assertThat(codec.write(new Out.Bye())).isEqualTo("{\"type\":\"bye\"}");
  }

  @Test
  void readsOnlyItsOwnClientMessages() throws Exception {
    assertThat(codec.read("{\"type\":\"ask\",\"seq\":2}")).isEqualTo(new In.Ask(2));
    assertThatThrownBy(() -> codec.read("{\"type\":\"other\",\"seq\":2}"))
        .isInstanceOf(MessageCodec.InvalidFrameException.class);
    assertThat(new MessageCodec<>(Out.class, Other.class).read("{\"type\":\"other\",\"seq\":2}"))
        .isEqualTo(new Other.Tell(2));
  }

  @Test
  void typesThatNameNoMessagesAreRefusedAtOnce() {
    assertThatThrownBy(() -> new MessageCodec<>(String.class, In.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
    assertThatThrownBy(() -> new MessageCodec<>(Out.class, Runnable.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Runnable");
  }
}
