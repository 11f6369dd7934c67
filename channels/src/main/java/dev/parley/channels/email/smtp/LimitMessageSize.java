package dev.parley.channels.email.smtp;

import java.util.List;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.core.esmtp.EhloExtension;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.MailParametersHook;

/**
 * The SIZE extension (RFC 1870): advertises the limit in the EHLO reply and refuses a MAIL whose
 * declared SIZE is over it with 552 5.3.4, before any data is sent. A message that turns out larger
 * than the limit while arriving is refused at the end of DATA by {@link ReceiveData}.
 */
final class LimitMessageSize implements MailParametersHook, EhloExtension {

  private final long max;

  LimitMessageSize(long max) {
    this.max = max;
  }

  @Override
  public List<String> getImplementedEsmtpFeatures(SMTPSession session) {
    return List.of("SIZE " + max);
  }

  @Override
  public String[] getMailParamNames() {
    return new String[] {"SIZE"};
  }

  @Override
  public HookResult doMailParameter(SMTPSession session, String name, String value) {
    long declared;
    try {
      declared = Long.parseLong(value);
    } catch (NumberFormatException e) {
      return Replies.deny("501", "5.5.4 SIZE must be a number of bytes");
    }
    if (declared < 0) {
      return Replies.deny("501", "5.5.4 SIZE must be a number of bytes");
    }
    if (declared > max) {
      return Replies.deny("552", "5.3.4 " + Replies.tooBig(max));
    }
    return HookResult.DECLINED;
  }
}
