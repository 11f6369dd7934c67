package dev.parley.channels.email.smtp;

import java.net.InetAddress;
import java.util.logging.Logger;
import org.apache.james.protocols.api.ProtocolSession.AttachmentKey;
import org.apache.james.protocols.api.ProtocolSession.State;
import org.apache.james.protocols.api.Response;
import org.apache.james.protocols.api.handler.ConnectHandler;
import org.apache.james.protocols.api.handler.DisconnectHandler;
import org.apache.james.protocols.smtp.SMTPSession;

/**
 * Greets a new connection, or refuses it: 554 5.7.1 to a client outside the relay networks (Parley
 * is not an open relay), 421 4.7.0 when too many connections are open, in all or from that address.
 * A refused connection is closed after the reply.
 */
final class AdmitConnection implements ConnectHandler<SMTPSession>, DisconnectHandler<SMTPSession> {

  private static final Logger LOG = Logger.getLogger(AdmitConnection.class.getName());
  private static final AttachmentKey<Boolean> COUNTED =
      AttachmentKey.of("parley.connection.counted", Boolean.class);

  private final ClientNetworks relays;
  private final OpenConnections connections;
  private final String greeting;

  AdmitConnection(ListenerSettings settings, OpenConnections connections, String service) {
    this.relays = ClientNetworks.parse(settings.relays());
    this.connections = connections;
    this.greeting = settings.helloName() + " " + service + " Parley ready";
  }

  @Override
  public Response onConnect(SMTPSession session) {
    InetAddress client = session.getRemoteAddress().getAddress();
    if (!relays.contains(client)) {
      LOG.warning(
          () -> "event=email.listener.refused client=%s why=not-a-relay".formatted(ip(client)));
      return Replies.closing("554", "5.7.1 " + ip(client) + " may not send mail to this server");
    }
    session.setAttachment(COUNTED, Boolean.TRUE, State.Connection);
    if (!connections.opened(client)) {
      LOG.warning(
          () ->
              "event=email.listener.refused client=%s why=too-many-connections open=%d"
                  .formatted(ip(client), connections.open()));
      return Replies.closing("421", "4.7.0 Too many connections, try again later");
    }
    return Replies.reply("220", greeting);
  }

  @Override
  public void onDisconnect(SMTPSession session) {
    if (session != null && session.getAttachment(COUNTED, State.Connection).isPresent()) {
      connections.closed(session.getRemoteAddress().getAddress());
    }
  }

  static String ip(InetAddress address) {
    return address.getHostAddress();
  }
}
