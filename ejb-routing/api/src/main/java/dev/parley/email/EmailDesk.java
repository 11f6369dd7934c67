package dev.parley.email;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * An e-mail thread as its agent works it (docs/email.md): read with the HTML sanitized — remote
 * images blocked unless the agent asks for them, message by message — and answered through the
 * outbox. Implemented by the channels module, which owns the sanitizer and the MIME composer.
 * Callers check who may read or write the contact.
 */
public interface EmailDesk {

  /** The thread of an EMAIL contact with every message, remote images blocked. */
  Optional<EmailThreadView> view(@NotNull String contact);

  /** One message's HTML sanitized, with remote images when {@code remote}; empty without HTML. */
  Optional<EmailThreadView.Html> html(@NotNull String contact, long seq, boolean remote);

  /**
   * Queues {@code agent}'s reply to the thread: a threaded message (In-Reply-To, References, the
   * ticket token, a plain-text part) in the outbox, shown in the thread as QUEUED at once. The same
   * {@code clientId} again answers the message queued the first time.
   *
   * @throws dev.parley.routing.api.RoutingRefusedException INVALID (no text, a bad Cc address) or
   *     NOT_FOUND
   */
  EmailThreadView.Message reply(
      @NotNull String contact,
      @NotNull String agent,
      @NotNull String agentName,
      @NotNull @Valid Reply reply);
}
