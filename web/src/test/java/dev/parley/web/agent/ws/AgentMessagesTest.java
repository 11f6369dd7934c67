package dev.parley.web.agent.ws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.api.AgentNotification;
import dev.parley.routing.api.AgentState;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The frames of docs/agent-api.md, as an agent's browser receives them. */
class AgentMessagesTest {
  private static final AgentId ALICE = AgentId.of("alice");
  private final AgentCodec codec = new AgentCodec();

  private String frame(AgentNotification n) {
    return codec.write(AgentMessages.of(n));
  }

  @Test
  void anOfferFrameNestsTheOffer() {
    var offer =
        new AgentState.OfferView(
            "c-1",
            Channel.VOICE,
            "Support",
            "Jane",
            Instant.parse("2026-11-23T10:00:00Z"),
            Instant.parse("2026-11-23T10:00:20Z"));

    assertThat(frame(new AgentNotification.Offered(ALICE, offer)))
        .startsWith("{\"type\":\"offer\"")
        .contains("\"offer\":{")
        .contains("\"contactId\":\"c-1\"")
        .contains("\"channel\":\"VOICE\"")
        .contains("\"queueName\":\"Support\"")
        .contains("\"expiresAt\":\"2026-11-23T10:00:20Z\"");
  }

  @Test
  void withdrawalStateAndPresenceFramesCarryTheContractsFields() {
    assertThat(
            frame(
                new AgentNotification.OfferWithdrawn(
                    ALICE, ContactId.of("c-1"), AgentNotification.WithdrawReason.TIMEOUT)))
        .isEqualTo("{\"type\":\"offerWithdrawn\",\"contactId\":\"c-1\",\"reason\":\"TIMEOUT\"}");
    assertThat(
            frame(
                new AgentNotification.ContactStateChanged(
                    ALICE, ContactId.of("c-1"), ContactState.WRAP_UP)))
        .isEqualTo("{\"type\":\"contactState\",\"contactId\":\"c-1\",\"state\":\"WRAP_UP\"}");
    assertThat(frame(new AgentNotification.PresenceChanged(ALICE, PresenceStatus.AVAILABLE, null)))
        .isEqualTo("{\"type\":\"presence\",\"breakReason\":null,\"presence\":\"AVAILABLE\"}");
  }
}
