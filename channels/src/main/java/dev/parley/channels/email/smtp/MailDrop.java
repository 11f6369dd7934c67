package dev.parley.channels.email.smtp;

import java.io.InputStream;

/**
 * Where the listener leaves a received message: the boundary to durable storage. Called once per
 * message, after the whole DATA has arrived, on a listener thread.
 *
 * <p>The contract the listener relies on: {@link #drop} returns only once the message is committed
 * (the sender then gets 250), and any exception means it was not stored (the sender gets 451 4.3.0
 * and retries). A redelivery of a message already stored (same Message-ID and same content) is
 * answered {@link Dropped#DUPLICATE} and stores nothing new; the sender gets 250 all the same.
 */
public interface MailDrop {

  /**
   * Stores {@code message} (the exact received bytes, dot-unstuffed, with the listener's {@code
   * Received:} header first) for {@code envelope}.
   *
   * @param message read it to the end before returning; the listener closes it
   * @return whether the message was new or a redelivery of one already stored
   * @throws Exception when the message could not be stored; the sender is told to retry
   */
  Dropped drop(Envelope envelope, InputStream message) throws Exception;
}
