package dev.parley.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.api.id.VisitorId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VisitorTokensTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final byte[] KEY = new byte[32];

  static {
    Arrays.fill(KEY, (byte) 7);
  }

  private static VisitorTokens at(Instant now, byte[] key) {
    return new VisitorTokens(key, Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void aTokenNamesItsVisitor() {
    VisitorId v = VisitorTokens.newVisitor();
    String token = at(NOW, KEY).issue(v);

    assertThat(at(NOW.plusSeconds(60), KEY).verify(token)).contains(v);
  }

  @Test
  void visitorIdsAreRandom128BitHex() {
    assertThat(VisitorTokens.newVisitor().value()).matches("[0-9a-f]{32}");
    assertThat(VisitorTokens.newVisitor()).isNotEqualTo(VisitorTokens.newVisitor());
  }

  @Test
  void anAlteredTokenIsNoToken() {
    VisitorTokens tokens = at(NOW, KEY);
    VisitorId v = VisitorTokens.newVisitor();
    String token = tokens.issue(v);
    String otherVisitor = token.replace(v.value(), VisitorTokens.newVisitor().value());
    String otherMac = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

    assertThat(tokens.verify(otherVisitor)).isEmpty();
    assertThat(tokens.verify(otherMac)).isEmpty();
    assertThat(tokens.verify("v1.x.y")).isEmpty();
    assertThat(tokens.verify(null)).isEmpty();
    assertThat(tokens.verify("")).isEmpty();
  }

  @Test
  void aTokenOfAnotherKeyIsNoToken() {
    byte[] other = KEY.clone();
    other[0] = 1;
    String token = at(NOW, other).issue(VisitorTokens.newVisitor());

    assertThat(at(NOW, KEY).verify(token)).isEmpty();
  }

  @Test
  void aTokenExpiresAfterAYear() {
    String token = at(NOW, KEY).issue(VisitorTokens.newVisitor());

    assertThat(at(NOW.plus(Duration.ofDays(364)), KEY).verify(token)).isPresent();
    assertThat(at(NOW.plus(Duration.ofDays(366)), KEY).verify(token)).isEmpty();
  }
}
