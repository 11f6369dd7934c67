package dev.parley.chat;

import dev.parley.routing.api.Channel;
import jakarta.validation.constraints.Size;

/**
 * A visitor starts a chat or a call: the menu leaf chosen, pre-chat fields, an optional first
 * message, and the channel ({@code CHAT}, {@code VOICE} or {@code VIDEO}; null is CHAT).
 */
public record StartRequest(
    @Size(max = 64) String option,
    @Size(max = 100) String name,
    @Size(max = 254) String email,
    @Size(max = 4000) String text,
    Channel channel) {

  public StartRequest(String option, String name, String email, String text) {
    this(option, name, email, text, null);
  }

  /** The channel asked for: CHAT unless a call was. */
  public Channel channelOrChat() {
    return channel == null ? Channel.CHAT : channel;
  }
}
