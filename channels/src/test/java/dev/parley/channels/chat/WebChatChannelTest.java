package dev.parley.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.channels.InboundChannel;
import dev.parley.channels.InboundChannelContract;
import dev.parley.channels.Receipt;
import dev.parley.channels.RoutingServiceDouble;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.id.CustomerId;
import org.junit.jupiter.api.Test;

class WebChatChannelTest implements InboundChannelContract<ChatStart> {

  @Override
  public InboundChannel<ChatStart> channelOn(RoutingServiceDouble routing) {
    return new WebChatChannel(routing);
  }

  @Override
  public ChatStart wellFormed(String customer) {
    return new ChatStart(CustomerId.of(customer), "Support");
  }

  @Override
  public ChatStart malformed() {
    return new ChatStart(CustomerId.of("visitor:abc"), " ");
  }

  @Test
  void aChatStartIsAChatContactOfItsQueue() {
    RoutingServiceDouble routing = new RoutingServiceDouble();

    Receipt r = new WebChatChannel(routing).receive(wellFormed("visitor:1234"));

    assertThat(r).isInstanceOf(Receipt.Accepted.class);
    assertThat(routing.received.get(0).channel()).isEqualTo(Channel.CHAT);
    assertThat(routing.received.get(0).queue()).isEqualTo("Support");
  }

  @Test
  void aStartWithoutAVisitorNeverReachesRouting() {
    RoutingServiceDouble routing = new RoutingServiceDouble();

    assertThat(new WebChatChannel(routing).receive(new ChatStart(null, "Support")))
        .isInstanceOf(Receipt.Rejected.class);
    assertThat(routing.received).isEmpty();
  }

  @Test
  void theSkillOfTheChosenOptionIsNeededBesidesTheQueues() {
    RoutingServiceDouble routing = new RoutingServiceDouble();

    new WebChatChannel(routing)
        .receive(new ChatStart(CustomerId.of("visitor:1"), "Support", "spanish"));

    assertThat(routing.received.get(0).skills()).containsEntry("spanish", 1);
  }
}
