package dev.parley.channels.email.smtp;

import java.util.logging.Logger;
import org.apache.james.protocols.api.ProtocolSession.State;
import org.apache.james.protocols.api.Response;
import org.apache.james.protocols.api.handler.LineHandler;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.core.DataCmdHandler;
import org.apache.james.protocols.smtp.core.DataLineFilter;

/**
 * Takes the lines of DATA into the transaction's {@link ReceivedMessage}; at the end of data hands
 * the message to {@link DeliverMessage}, or, when it was over the size limit, refuses it with 552
 * 5.3.4 having drained it (nothing stored). The reply to DATA is written only after that.
 */
final class ReceiveData implements DataLineFilter {

  private static final Logger LOG = Logger.getLogger(ReceiveData.class.getName());

  private final DeliverMessage deliver;
  private final long max;

  ReceiveData(DeliverMessage deliver, long max) {
    this.deliver = deliver;
    this.max = max;
  }

  @Override
  public Response onLine(SMTPSession session, byte[] line, LineHandler<SMTPSession> next) {
    ReceivedMessage message =
        (ReceivedMessage)
            session
                .getAttachment(DataCmdHandler.MAILENV, State.Transaction)
                .orElseThrow(() -> new IllegalStateException("DATA line outside a transaction"));
    if (!message.endsData(line)) {
      message.append(line);
      return null;
    }
    session.popLineHandler();
    try {
      if (message.tooBig()) {
        LOG.warning(
            () ->
                "event=email.listener.refused client=%s why=too-big bytes=%d max=%d"
                    .formatted(
                        AdmitConnection.ip(session.getRemoteAddress().getAddress()),
                        message.received(),
                        max));
        return deliver.refuseAll(message, "552", "5.3.4", Replies.tooBig(max));
      }
      return deliver.deliver(session, message);
    } finally {
      session.resetState();
    }
  }
}
