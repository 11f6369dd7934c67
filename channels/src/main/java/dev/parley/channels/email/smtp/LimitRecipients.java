package dev.parley.channels.email.smtp;

import java.util.List;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.protocols.api.ProtocolSession.State;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.RcptHook;

/**
 * At most {@code max} recipients per message: the next RCPT gets 452 4.5.3 (RFC 5321 4.5.3.1.10),
 * and the sender sends the rest in another transaction.
 */
final class LimitRecipients implements RcptHook {

  private final int max;

  LimitRecipients(int max) {
    this.max = max;
  }

  @Override
  public HookResult doRcpt(SMTPSession session, MaybeSender sender, MailAddress rcpt) {
    int accepted =
        session.getAttachment(SMTPSession.RCPT_LIST, State.Transaction).map(List::size).orElse(0);
    return accepted < max
        ? HookResult.DECLINED
        : Replies.denySoft("452", "4.5.3 Too many recipients, at most " + max + " per message");
  }
}
