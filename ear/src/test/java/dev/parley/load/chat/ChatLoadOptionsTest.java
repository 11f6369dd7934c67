package dev.parley.load.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The chat load run's flags: defaults that make the issue's run, bounds, loopback only. */
class ChatLoadOptionsTest {

  @Test
  void defaultsAreTheIssuesRunOfTwoThousandChatsOnTwoHundredAgents() {
    ChatLoadOptions o = ChatLoadOptions.parse(new String[0]);

    assertThat(o.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/"));
    assertThat(o.visitors()).isEqualTo(2000);
    assertThat(o.agents()).isEqualTo(200);
    assertThat(o.capacity()).isEqualTo(10);
    assertThat(o.origin()).isEqualTo("http://load.example");
    assertThat(o.messagesPerSecond()).isEqualTo(200.0);
    assertThat(o.serverPid()).isZero();
    assertThat(o.tidy()).isTrue();
  }

  @Test
  void readsEveryFlag() {
    ChatLoadOptions o =
        ChatLoadOptions.parse(
            ("--base-url http://localhost:8580 --visitors 100 --agents 20 --capacity 5"
                    + " --ramp-per-second 25 --interval-ms 2000 --warmup-seconds 0 --seconds 5"
                    + " --drain-seconds 3 --server-pid 4242 --origin http://o.example --tidy false")
                .split(" "));

    assertThat(o.baseUrl()).isEqualTo(URI.create("http://localhost:8580/"));
    assertThat(o)
        .extracting(
            ChatLoadOptions::visitors,
            ChatLoadOptions::agents,
            ChatLoadOptions::capacity,
            ChatLoadOptions::rampPerSecond,
            ChatLoadOptions::intervalMillis,
            ChatLoadOptions::warmupSeconds,
            ChatLoadOptions::seconds,
            ChatLoadOptions::drainSeconds,
            ChatLoadOptions::serverPid,
            ChatLoadOptions::origin,
            ChatLoadOptions::tidy)
        .containsExactly(100, 20, 5, 25, 2000, 0, 5, 3, 4242L, "http://o.example", false);
    assertThat(o.messagesPerSecond()).isEqualTo(50.0);
  }

  @Test
  void refusesAgentsThatCannotHoldEveryChat() {
    assertThatThrownBy(() -> ChatLoadOptions.parse("--visitors 2001".split(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("200 × 10")
        .hasMessageContaining("2001");
  }

  @Test
  void refusesUnboundedOrUnknownOrMalformedFlags() {
    assertThatThrownBy(() -> ChatLoadOptions.parse("--seconds 901".split(" ")))
        .hasMessageContaining("--seconds must be 1..900");
    assertThatThrownBy(() -> ChatLoadOptions.parse("--interval-ms 50".split(" ")))
        .hasMessageContaining("--interval-ms");
    assertThatThrownBy(() -> ChatLoadOptions.parse("--visitor 5".split(" ")))
        .hasMessageContaining("unknown flags [visitor]");
    assertThatThrownBy(() -> ChatLoadOptions.parse("--agents many".split(" ")))
        .hasMessageContaining("--agents must be a whole number");
    assertThatThrownBy(() -> ChatLoadOptions.parse("--tidy yes".split(" ")))
        .hasMessageContaining("--tidy must be true or false");
    assertThatThrownBy(() -> ChatLoadOptions.parse("--seconds".split(" ")))
        .hasMessageContaining("expected --flag value pairs");
  }

  @Test
  void talksToTheLoopbackInterfaceOnly() {
    assertThatThrownBy(() -> ChatLoadOptions.parse("--base-url http://192.0.2.1:8080/".split(" ")))
        .hasMessageContaining("refusing non-loopback host");
    assertThatThrownBy(() -> ChatLoadOptions.parse("--base-url https://127.0.0.1/".split(" ")))
        .hasMessageContaining("--base-url must be http://");
  }
}
