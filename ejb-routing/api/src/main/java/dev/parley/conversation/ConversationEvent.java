package dev.parley.conversation;

/**
 * CDI events about conversations, fired once what they tell is committed (observers that push to
 * clients observe {@code during = AFTER_SUCCESS}).
 */
public sealed interface ConversationEvent {

  /** A message was stored. */
  record MessageAdded(Message message) implements ConversationEvent {}

  /**
   * The conversation ended with a transcript asked for, or one was asked for after its end, and
   * none was queued yet: {@link Conversations#claimTranscript} takes it.
   */
  record TranscriptDue(dev.parley.routing.api.id.ContactId conversation)
      implements ConversationEvent {}
}
