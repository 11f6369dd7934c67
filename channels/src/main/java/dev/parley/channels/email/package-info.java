/**
 * The e-mail channel in the container (ADR 0021): the listener started with the server ({@link
 * dev.parley.channels.email.EmailListenerBean}), messages stored through {@link
 * dev.parley.email.MailStore} before the sender's 250 ({@link
 * dev.parley.channels.email.StoredMailDrop}), then parsed and filed into threads ({@link
 * dev.parley.channels.email.EmailFiler}). The protocol lives in {@code .smtp}, the MIME reading in
 * {@code .mime}.
 */
package dev.parley.channels.email;
