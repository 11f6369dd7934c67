package dev.parley.channels.chat;

import dev.parley.routing.api.id.CustomerId;

/**
 * A visitor's chat for routing: who ({@code customer}), the queue the chosen option leads to and
 * the skill (e.g. a language) the option asks for besides the queue's, or null.
 */
public record ChatStart(CustomerId customer, String queue, String skill) {

  public ChatStart(CustomerId customer, String queue) {
    this(customer, queue, null);
  }
}
