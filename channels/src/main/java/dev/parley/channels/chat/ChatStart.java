package dev.parley.channels.chat;

import dev.parley.routing.api.id.CustomerId;

/**
 * A visitor's chat for routing: who ({@code customer}) and the queue the chosen option leads to.
 */
public record ChatStart(CustomerId customer, String queue) {}
