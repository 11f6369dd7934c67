package dev.parley.email;

import java.util.List;

/**
 * A message to queue in a thread's outbox: {@code clientId} and the agent (the conversation
 * message's author), {@code conversationText} (what the conversation shows), its files, the e-mail
 * headers as composed, and the SMTP envelope with the MIME bytes to send.
 */
public record NewOutbound(
    String clientId,
    String agent,
    String agentName,
    String conversationText,
    List<String> attachments,
    String messageId,
    String subject,
    String fromAddress,
    String fromName,
    List<String> to,
    List<String> cc,
    String text,
    String mailFrom,
    List<String> recipients,
    byte[] message) {

  public NewOutbound {
    attachments = List.copyOf(attachments);
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    recipients = List.copyOf(recipients);
  }
}
