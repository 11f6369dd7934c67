package dev.parley.channels.email.smtp;

import org.apache.james.core.MaybeSender;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.MailHook;

/** When TLS is required: no MAIL before STARTTLS (530 5.7.0, RFC 3207). */
final class RequireTls implements MailHook {

  @Override
  public HookResult doMail(SMTPSession session, MaybeSender sender) {
    return session.isTLSStarted()
        ? HookResult.DECLINED
        : Replies.deny("530", "5.7.0 Must issue a STARTTLS command first");
  }
}
