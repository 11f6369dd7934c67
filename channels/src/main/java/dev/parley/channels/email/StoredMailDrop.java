package dev.parley.channels.email;

import dev.parley.channels.email.smtp.Dropped;
import dev.parley.channels.email.smtp.Envelope;
import dev.parley.channels.email.smtp.MailDrop;
import dev.parley.email.MailEnvelope;
import dev.parley.email.MailStore;
import dev.parley.email.StoredMail;
import java.io.InputStream;

/**
 * The listener's {@link MailDrop}: stores each message through {@link MailStore} (committed when
 * {@code store} returns, so the sender's 250 comes after), recognises a redelivery, and hands what
 * is not filed yet to {@code file} (which may run later, elsewhere: a crash before filing leaves
 * the message stored and unfiled, for the sweep).
 */
final class StoredMailDrop implements MailDrop {

  /** Files a message just stored, given its envelope sender and bytes (not read back). */
  @FunctionalInterface
  interface Filer {
    void file(String mail, String sender, byte[] raw);
  }

  private final MailStore store;
  private final Filer file;

  StoredMailDrop(MailStore store, Filer file) {
    this.store = store;
    this.file = file;
  }

  @Override
  public Dropped drop(Envelope envelope, InputStream message) throws Exception {
    byte[] sent = RawMessage.withoutTrace(message.readAllBytes());
    StoredMail stored =
        store.store(
            new MailEnvelope(
                envelope.mailFrom(),
                envelope.recipients(),
                envelope.remote().getAddress().getHostAddress(),
                envelope.helo(),
                envelope.protocol().name(),
                envelope.tls(),
                envelope.receivedAt()),
            RawMessage.messageId(sent),
            sent);
    if (stored.state() == StoredMail.MailState.RECEIVED) {
      file.file(stored.id(), envelope.mailFrom(), sent);
    }
    return stored.duplicate() ? Dropped.DUPLICATE : Dropped.NEW;
  }
}
