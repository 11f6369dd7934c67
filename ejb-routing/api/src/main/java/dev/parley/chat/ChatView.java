package dev.parley.chat;

import dev.parley.routing.api.id.ContactId;

/** A visitor's chat as the widget shows it: its status, the agent's name, a text to show. */
public record ChatView(ContactId conversation, ChatStatus status, String agentName, String text) {}
