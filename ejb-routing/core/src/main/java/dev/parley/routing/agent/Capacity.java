package dev.parley.routing.agent;

import dev.parley.routing.api.Channel;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many contacts of each channel an agent may hold at once, and whether chat work may be
 * interrupted by a call. Defaults: voice 1, video 1, chat 3, SMS 5, e-mail 5, voicemail 3; chat is
 * not interruptible (a customer is typing live), e-mail and SMS always are.
 */
public record Capacity(Map<Channel, Integer> perChannel, boolean chatInterruptibleByCall) {
  public static final Capacity DEFAULT =
      new Capacity(
          Map.of(
              Channel.VOICE,
              1,
              Channel.VIDEO,
              1,
              Channel.CHAT,
              3,
              Channel.SMS,
              5,
              Channel.EMAIL,
              5,
              Channel.VOICEMAIL,
              3),
          false);

  public Capacity {
    EnumMap<Channel, Integer> copy = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      int n = perChannel.getOrDefault(c, 0);
      if (n < 0) {
        throw new IllegalArgumentException("capacity for " + c + " must not be negative: " + n);
      }
      copy.put(c, n);
    }
    // An EnumMap finds a channel by its ordinal; Map.copyOf's hash probing showed up in every
    // eligibility check of every queue member.
    perChannel = Collections.unmodifiableMap(copy);
  }

  public int of(Channel c) {
    return perChannel.get(c);
  }

  public Capacity with(Channel c, int n) {
    EnumMap<Channel, Integer> copy = new EnumMap<>(perChannel);
    copy.put(c, n);
    return new Capacity(copy, chatInterruptibleByCall);
  }

  public Capacity withChatInterruptibleByCall(boolean value) {
    return new Capacity(perChannel, value);
  }
}
