package dev.parley.channels.email.smtp;

import java.util.Locale;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.RcptHook;

/**
 * Accepts a recipient whose address or domain is configured (any, when none is), and refuses the
 * others with 550 5.7.1: the relay may send Parley only its own addresses.
 */
final class AcceptRecipient implements RcptHook {

  private final Set<String> accepted;

  AcceptRecipient(ListenerSettings settings) {
    this.accepted = Set.copyOf(settings.acceptedRecipients());
  }

  @Override
  public HookResult doRcpt(SMTPSession session, MaybeSender sender, MailAddress rcpt) {
    if (accepted.isEmpty()) {
      return HookResult.OK;
    }
    String address = rcpt.asString().toLowerCase(Locale.ROOT);
    String domain = rcpt.getDomain().asString().toLowerCase(Locale.ROOT);
    return accepted.contains(address) || accepted.contains(domain)
        ? HookResult.OK
        : Replies.deny("550", "5.7.1 <" + rcpt.asString() + "> is not an address of this server");
  }
}
