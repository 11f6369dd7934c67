package dev.parley.channels.email.smtp;

import java.util.List;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.protocols.smtp.MailEnvelope;
import org.apache.james.protocols.smtp.core.DataCmdHandler;

/** James's DATA command, collecting the message into a size-bounded {@link ReceivedMessage}. */
final class StartData extends DataCmdHandler {

  private final long maxMessageBytes;

  StartData(long maxMessageBytes) {
    super(new NoMetrics());
    this.maxMessageBytes = maxMessageBytes;
  }

  @Override
  protected MailEnvelope createEnvelope(MaybeSender sender, List<MailAddress> recipients) {
    return new ReceivedMessage(sender, recipients, maxMessageBytes);
  }
}
