package dev.parley.channels.chat;

import dev.parley.chat.ChatStatus;
import dev.parley.chat.ChatView;
import dev.parley.chat.EntryPointDefinition;
import dev.parley.conversation.ConversationInfo;
import dev.parley.routing.api.ContactState;

/** A chat's status for its visitor, from the conversation and routing's state of its contact. */
final class ChatViews {
  private ChatViews() {}

  static ChatView of(
      ConversationInfo c, ContactState state, String agentName, EntryPointDefinition.Texts texts) {
    if (state == ContactState.OVERFLOWED) {
      return new ChatView(c.id(), ChatStatus.OFFLINE, null, texts == null ? null : texts.offline());
    }
    if (c.ended() || state == null) {
      return new ChatView(
          c.id(), ChatStatus.ENDED, agentName, texts == null ? null : texts.ended());
    }
    return switch (state) {
      case ACTIVE -> new ChatView(c.id(), ChatStatus.ACTIVE, agentName, null);
      case WRAP_UP, CLOSED, ABANDONED ->
          new ChatView(c.id(), ChatStatus.ENDED, agentName, texts == null ? null : texts.ended());
      default ->
          new ChatView(c.id(), ChatStatus.QUEUED, null, texts == null ? null : texts.waiting());
    };
  }
}
