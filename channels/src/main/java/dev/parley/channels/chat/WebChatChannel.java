package dev.parley.channels.chat;

import dev.parley.channels.InboundChannel;
import dev.parley.channels.Receipt;
import dev.parley.channels.RoutingHandOver;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.NewContact;
import dev.parley.routing.api.RoutingService;
import java.util.Map;

/**
 * The website as an {@link InboundChannel}: a chat start becomes a CHAT contact of its queue, a
 * call from the widget a VOICE or VIDEO one, stored by routing before it is acknowledged. A start
 * without a customer or a queue, or for another channel, never reaches routing.
 */
public final class WebChatChannel implements InboundChannel<ChatStart> {

  private final RoutingHandOver handOver;

  public WebChatChannel(RoutingService routing) {
    this.handOver = new RoutingHandOver(routing);
  }

  @Override
  public Channel channel() {
    return Channel.CHAT;
  }

  @Override
  public Receipt receive(ChatStart start) {
    if (start == null
        || start.customer() == null
        || start.queue() == null
        || start.queue().isBlank()) {
      return new Receipt.Rejected("a chat needs a visitor and a queue");
    }
    Channel channel = start.channel() == null ? Channel.CHAT : start.channel();
    if (channel != Channel.CHAT && !channel.isLiveCall()) {
      return new Receipt.Rejected("the website starts chats and calls, not " + channel);
    }
    return handOver.receive(
        new NewContact(
            channel,
            start.queue(),
            start.customer().value(),
            0,
            Direction.INBOUND,
            start.skill() == null || start.skill().isBlank()
                ? Map.of()
                : Map.of(start.skill().strip(), 1)));
  }
}
