package dev.parley.email;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Received messages and their threads (see the package description). Every method commits before it
 * returns.
 */
public interface MailStore {

  /** The largest message kept, in bytes (a listener refuses larger ones before this). */
  long MAX_MESSAGE_BYTES = 64L * 1024 * 1024;

  /**
   * Keeps {@code message} (the bytes as received) with its envelope, before the sender is told 250.
   * The same message delivered again — same {@code messageId} (or none) and the same bytes —
   * answers the stored one, marked {@code duplicate}.
   */
  StoredMail store(@NotNull MailEnvelope envelope, String messageId, @NotNull byte[] message);

  /**
   * Stored messages not filed yet that were received before {@code receivedBefore}, oldest first
   * (left by a crash or a failure; younger ones are still on their way to filing).
   */
  List<String> unfiled(@Min(1) int limit, @NotNull Instant receivedBefore);

  /** The bytes of a stored message as received. */
  Optional<byte[]> raw(@NotNull String mail);

  /** The envelope of a stored message. */
  Optional<MailEnvelope> envelope(@NotNull String mail);

  /**
   * Files the stored message {@code mail}, parsed as {@code email}, into its thread: the thread it
   * answers (In-Reply-To, References, or the ticket token {@code [#n]} in its subject), or a new
   * one — an EMAIL contact routed to the queue its recipients' rule names. Filing it again answers
   * the same contact and adds nothing.
   *
   * <p>When the message begins a thread, the acknowledgement is enabled, {@code acknowledging}
   * composes one and none went to the sender within the template's period (RFC 3834 loop
   * protection), that acknowledgement is queued in the same transaction: filed and acknowledged
   * together, or neither (a message filed again later is acknowledged then). {@link
   * StoredMail.Filed#acknowledged()} says whether one was queued.
   */
  StoredMail file(
      @NotNull String mail, @NotNull InboundEmail email, @NotNull Acknowledging acknowledging);

  /**
   * {@link #file} for several stored messages in one transaction, their new threads' contacts made
   * in one step of routing: all are filed (and acknowledged) together, or — when any fails — none
   * is, and the caller files them one by one. Answers the outcomes in the order given; a message
   * named twice is filed once.
   */
  List<StoredMail> fileAll(@NotNull List<@NotNull @Valid ToFile> messages);

  /** A stored message to file, parsed, with what may acknowledge it ({@link #fileAll}). */
  record ToFile(
      @NotNull String mail, @NotNull InboundEmail email, @NotNull Acknowledging acknowledging) {}

  /** The thread of an EMAIL contact. */
  Optional<EmailThread> thread(@NotNull String contact);

  /** The e-mail side of a thread's messages, in order (HTML as sent: sanitize to show). */
  List<EmailMessage> messages(@NotNull String contact);

  /**
   * Queues an agent's message to the thread of {@code contact}: its conversation message, its
   * e-mail side and its outbox entry, together. The same {@code clientId} from the same agent again
   * answers the message queued the first time.
   */
  EmailMessage queueReply(@NotNull String contact, @NotNull NewOutbound message);

  /**
   * Queues {@code notice}, a message of no thread, in the outbox; answers whether it was queued now
   * (false: an entry with its key was queued before, and nothing changes). Posts no conversation
   * message. Two callers queueing one key at the same moment: one queues it, the other's
   * transaction fails on the key's unique index.
   */
  boolean queueNotice(@NotNull @Valid Notice notice);

  /** Where the notice queued under {@code key} stands, if one was. */
  Optional<EmailThreadView.Delivery> notice(@NotNull String key);

  /** Where each outbound message of the thread stands, by its conversation seq. */
  Map<Long, EmailThreadView.Delivery> deliveries(@NotNull String contact);

  /** Outbox entries due now (QUEUED, or RETRYING whose time came), oldest first. */
  List<String> dueOutbound(@Min(1) int limit);

  /**
   * Takes a due entry to send it: SENDING, one more attempt, committed. Empty when it is not due
   * any more (another sender took it, or it was sent).
   */
  Optional<Outbound> claimOutbound(@NotNull String id);

  /** The entry was accepted by the SMTP server. */
  void outboundSent(@NotNull String id);

  /**
   * Sending failed with {@code error}: tried again at {@code retryAt}, or for good (FAILED) when
   * {@code retryAt} is null.
   */
  void outboundFailed(@NotNull String id, @NotNull String error, java.time.Instant retryAt);

  /**
   * Entries left SENDING by a stop in the middle of sending are RETRYING now; answers how many.
   * (Whether the SMTP server had accepted one is unknown: it may go out twice, never not at all.)
   */
  int recoverSending();

  /** The automatic acknowledgement's settings ({@link Acknowledgement#DEFAULT} until changed). */
  Acknowledgement acknowledgement();

  Acknowledgement replaceAcknowledgement(@NotNull @Valid Acknowledgement acknowledgement);

  /** What waits: stored messages not filed yet, outbox entries by state (for health checks). */
  Counts counts();

  /** See {@link #counts()}. */
  record Counts(long unfiled, long queued, long sending, long retrying, long failed) {}

  /** The rules sending support addresses to queues, by address. */
  List<MailRoute> routes();

  /**
   * Replaces every rule. Each queue must exist and serve EMAIL.
   *
   * @throws dev.parley.routing.api.RoutingRefusedException INVALID, naming the rule
   */
  List<MailRoute> replaceRoutes(@NotNull List<@Valid MailRoute> routes);
}
