/**
 * Reading inbound e-mail: {@link MailParser} turns the raw bytes of a message, however broken or
 * hostile, into a {@link ParsedMail} (decoded headers, the text and HTML bodies, attachments and
 * the facts loop protection needs) and lists every repair it made as a {@link Problem}; it never
 * throws on bad input. {@link HtmlSanitizer} makes an HTML body safe to show to an agent, blocking
 * remote loads unless the agent allowed them. Pure Java on Apache James Mime4j and the OWASP
 * java-html-sanitizer: nothing here knows about contacts, storage or the container.
 */
package dev.parley.channels.email.mime;
