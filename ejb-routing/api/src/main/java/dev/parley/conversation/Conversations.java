package dev.parley.conversation;

import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.AttachmentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Conversations and their messages (see the package description). Every change is committed before
 * the method returns; refusals are {@link RoutingRefusedException}s (NOT_FOUND, CONFLICT, INVALID)
 * and store nothing. Callers check who may read or write; this service checks only what the
 * conversation itself allows (an ended conversation takes no customer message).
 */
public interface Conversations {

  /** The longest message text, in characters. */
  int MAX_TEXT = 4000;

  /** Starts the conversation of a contact; opening it again answers the stored one. */
  ConversationInfo open(@NotNull @Valid NewConversation conversation);

  Optional<ConversationInfo> find(@NotNull ContactId conversation);

  /** The customer's conversations, newest first. */
  List<ConversationInfo> ofCustomer(@NotNull CustomerId customer);

  /**
   * Stores {@code message} as the conversation's next one, or answers the one stored before under
   * the same author and {@code clientId}. Attachments must be uploads to this conversation not yet
   * sent with another message.
   */
  Message post(@NotNull ContactId conversation, @NotNull @Valid NewMessage message);

  /**
   * {@link #post}, saying whether {@code message} was stored now or repeated one stored before (for
   * a caller that writes more beside a new message).
   */
  Posted postOnce(@NotNull ContactId conversation, @NotNull @Valid NewMessage message);

  /**
   * Messages after {@code afterSeq} in order, at most {@code limit}; the customer's view or all.
   */
  List<Message> messages(
      @NotNull ContactId conversation,
      @Min(0) long afterSeq,
      boolean customerView,
      @Min(1) @Max(1000) int limit);

  /** The conversation is over for the customer (who or whatever ended it); again is harmless. */
  ConversationInfo end(@NotNull ContactId conversation);

  /** An ended conversation takes messages again (its reopened e-mail thread); again is harmless. */
  ConversationInfo resume(@NotNull ContactId conversation);

  /** The customer's rating (1–5) and comment, after the end; a second rating replaces the first. */
  ConversationInfo rate(
      @NotNull ContactId conversation, @Min(1) @Max(5) int score, @Size(max = 1000) String comment);

  /**
   * The customer asks for the transcript by e-mail: the e-mail channel sends it once the
   * conversation has ended, once per conversation, to the address last given before it was queued
   * (a request after that changes nothing).
   */
  ConversationInfo requestTranscript(@NotNull ContactId conversation, @NotNull String email);

  /**
   * Ended conversations whose transcript was asked for and not queued yet, oldest end first (what a
   * stop left between the end and the queueing).
   */
  List<ContactId> transcriptsDue(@Min(1) int limit);

  /**
   * Takes the conversation's transcript to send, in the caller's transaction: answers the
   * conversation when its transcript is due (asked for, ended, not queued) and marks it queued;
   * empty otherwise. The row is locked, so of two callers one gets it; a rollback undoes the mark.
   */
  Optional<ConversationInfo> claimTranscript(@NotNull ContactId conversation);

  /** {@code agent} joins (again) as {@code role}; {@code consult} names its consult segment. */
  Participant join(
      @NotNull ContactId conversation,
      @NotNull AgentId agent,
      @NotNull AuthorRole role,
      @NotNull Visibility visibility,
      ContactId consult);

  /** {@code agent} leaves; one not present changes nothing. */
  void leave(@NotNull ContactId conversation, @NotNull AgentId agent);

  /** Everyone who takes or took part, in the order they joined. */
  List<Participant> participants(@NotNull ContactId conversation);

  /** Whether {@code agent} takes or took part (as handling agent or expert). */
  boolean tookPart(@NotNull ContactId conversation, @NotNull AgentId agent);

  /** Remembers a consult request until the expert accepts. */
  void requestConsult(@NotNull @Valid ConsultRequest request);

  Optional<ConsultRequest> consult(@NotNull ContactId consult);

  /**
   * Stores an upload to {@code conversation}: at most {@code maxBytes}, of a type recognised from
   * its content (PNG, JPEG, GIF, WebP, PDF). Nothing is kept of a refused upload.
   *
   * @throws AttachmentRefusedException too large or not an accepted type
   */
  AttachmentRef attach(
      @NotNull ContactId conversation,
      @NotNull @Size(min = 1, max = 200) String name,
      @NotNull InputStream content,
      long maxBytes,
      @NotNull String uploadedBy);

  /**
   * Keeps a file that came with a channel's message (an e-mail's attachment or inline image): any
   * type, at most {@code maxBytes}. Its type is {@code declaredType} when that is one a browser may
   * show (images, PDF, plain text), else {@code application/octet-stream}; it is always downloaded
   * as a file.
   *
   * @throws AttachmentRefusedException too large or empty
   */
  AttachmentRef keep(
      @NotNull ContactId conversation,
      @NotNull @Size(min = 1, max = 200) String name,
      String declaredType,
      @NotNull InputStream content,
      long maxBytes,
      @NotNull String uploadedBy);

  Optional<StoredAttachment> attachment(@NotNull AttachmentId attachment);
}
