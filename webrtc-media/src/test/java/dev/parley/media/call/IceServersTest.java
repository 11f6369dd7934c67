package dev.parley.media.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.call.IceServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IceServersTest {

  private static IceServers configured(String stun, String turn, String secret) {
    IceServers s = new IceServers();
    s.stun = Optional.ofNullable(stun);
    s.turn = Optional.ofNullable(turn);
    s.secret = Optional.ofNullable(secret);
    s.ttlSeconds = 3600;
    s.clock = Clock.fixed(Instant.ofEpochSecond(1_767_222_000L), ZoneOffset.UTC);
    s.check();
    return s;
  }

  @Test
  void turnCredentialsExpireAndAreTheHmacOfTheUsernameUnderTheSharedSecret() {
    List<IceServer> servers =
        configured(
                "stun:stun.example:3478",
                "turn:turn.example:3478, turns:turn.example:5349",
                "north-secret")
            .forUser("agent:alice");
    assertThat(servers).hasSize(2);
    assertThat(servers.get(0).urls()).containsExactly("stun:stun.example:3478");
    assertThat(servers.get(0).credential()).isNull();
    IceServer turn = servers.get(1);
    assertThat(turn.urls()).containsExactly("turn:turn.example:3478", "turns:turn.example:5349");
    assertThat(turn.username()).isEqualTo("1767225600:agent:alice"); // now + 1 h
    // coturn's use-auth-secret: base64(HMAC-SHA1(secret, username)), as computed independently
    assertThat(turn.credential()).isEqualTo("oDs4WYU13mnQ5ZnixjCEywpyaj8=");
  }

  @Test
  void withNothingConfiguredBrowsersGetNoServers() {
    assertThat(configured(null, null, null).forUser("customer")).isEmpty();
  }

  @Test
  void aTurnServerWithoutItsSecretStopsTheStartNamingTheSetting() {
    assertThatThrownBy(() -> configured(null, "turn:turn.example:3478", " "))
        .hasMessageContaining("PARLEY_TURN_SECRET");
  }
}
