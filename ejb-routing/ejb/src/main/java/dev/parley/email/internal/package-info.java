/**
 * The e-mail store's implementation ({@link dev.parley.email.MailStore}, ADR 0021): received
 * messages kept raw ({@code email_inbound}), threads ({@code email_thread}) and the e-mail side of
 * their messages ({@code email_message}), and the rules sending support addresses to queues.
 */
package dev.parley.email.internal;
