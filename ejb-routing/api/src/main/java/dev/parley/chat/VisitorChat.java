package dev.parley.chat;

import dev.parley.conversation.AttachmentRef;
import dev.parley.conversation.Message;
import dev.parley.conversation.StoredAttachment;
import dev.parley.routing.api.id.AttachmentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.VisitorId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * A website visitor's side of web chat, for the visitor socket and REST. A visitor is known only by
 * a signed token; every method acting on a conversation checks that it is this visitor's (else
 * NOT_FOUND, the same answer as for one that does not exist). Refusals are {@link
 * ChatRefusedException}s and store nothing.
 */
public interface VisitorChat {

  /**
   * The visitor of a valid {@code token} for {@code entryPoint}, else a new visitor; either way
   * with a fresh token to keep.
   */
  VisitorPass identify(@NotNull String entryPoint, String token);

  /** The visitor of a valid token, for REST calls (no new visitor is made). */
  Optional<VisitorId> verify(String token);

  /** The visitor's chat on this entry point that is not over yet, if any. */
  Optional<ChatView> openChat(@NotNull VisitorId visitor, @NotNull String entryPoint);

  /**
   * Starts a chat or a call: the option must be a leaf of the entry point's menu (or null for a
   * menu without options), pre-chat fields as the entry point asks. Stored and routed before it
   * returns; when the queue is closed the answer's status is OFFLINE. A call asked for while call
   * media is unavailable starts as a chat saying so (the visitor's page is told {@code callFailed}
   * MEDIA_UNAVAILABLE).
   */
  ChatView start(
      @NotNull VisitorId visitor, @NotNull String entryPoint, @NotNull @Valid StartRequest request);

  ChatView status(@NotNull VisitorId visitor, @NotNull ContactId conversation);

  /** Stores the visitor's message (a repeat of {@code clientId} answers the stored one). */
  Message send(
      @NotNull VisitorId visitor,
      @NotNull ContactId conversation,
      @NotNull String clientId,
      @NotNull String text,
      @NotNull List<AttachmentId> attachments);

  /** The visitor's view of the messages after {@code afterSeq}. */
  List<Message> messages(
      @NotNull VisitorId visitor, @NotNull ContactId conversation, long afterSeq);

  /** The visitor ends the chat (leaving the queue, or the agent). */
  ChatView end(@NotNull VisitorId visitor, @NotNull ContactId conversation);

  void rate(@NotNull VisitorId visitor, @NotNull ContactId conversation, int score, String comment);

  void requestTranscript(
      @NotNull VisitorId visitor, @NotNull ContactId conversation, @NotNull String email);

  /**
   * Turns an OFFLINE chat into a message agents answer later (a contact of its own, the e-mail kept
   * for the reply).
   */
  ChatView leaveMessage(
      @NotNull VisitorId visitor,
      @NotNull ContactId conversation,
      String name,
      @NotNull String email,
      @NotNull String text);

  /** Where these waiting chats stand; chats not waiting are left out. */
  List<Standing> standings(@NotNull List<ContactId> conversations);

  AttachmentRef attach(
      @NotNull VisitorId visitor,
      @NotNull ContactId conversation,
      @NotNull String name,
      @NotNull InputStream content);

  /** An attachment of one of the visitor's conversations. */
  Optional<StoredAttachment> attachment(@NotNull VisitorId visitor, @NotNull AttachmentId id);
}
