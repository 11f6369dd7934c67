package dev.parley.email;

import jakarta.validation.constraints.NotNull;

/**
 * A message as a listener received it, to be stored: its envelope, its Message-ID (or null) and its
 * bytes as sent.
 */
public record IncomingMail(
    @NotNull MailEnvelope envelope, String messageId, @NotNull byte[] message) {}
