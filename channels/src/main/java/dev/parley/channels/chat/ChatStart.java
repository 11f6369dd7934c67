package dev.parley.channels.chat;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.id.CustomerId;

/**
 * A visitor's chat or call for routing: who ({@code customer}), the queue the chosen option leads
 * to, the skill (e.g. a language) the option asks for besides the queue's, or null, and the channel
 * (CHAT, VOICE or VIDEO).
 */
public record ChatStart(CustomerId customer, String queue, String skill, Channel channel) {

  public ChatStart(CustomerId customer, String queue, String skill) {
    this(customer, queue, skill, Channel.CHAT);
  }

  public ChatStart(CustomerId customer, String queue) {
    this(customer, queue, null);
  }
}
