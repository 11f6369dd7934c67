package dev.parley.email;

import java.time.Instant;

/**
 * An e-mail thread: its EMAIL contact, ticket number ({@code [#ticket]} in subjects), first
 * subject, the customer's address and the support address it was written to.
 */
public record EmailThread(
    String contact,
    long ticket,
    String subject,
    String customerAddress,
    String mailbox,
    Instant createdAt) {}
