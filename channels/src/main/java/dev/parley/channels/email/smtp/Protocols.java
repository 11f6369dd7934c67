package dev.parley.channels.email.smtp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.protocols.api.handler.CommandDispatcher;
import org.apache.james.protocols.api.handler.ProtocolHandler;
import org.apache.james.protocols.api.handler.WiringException;
import org.apache.james.protocols.lmtp.core.LhloCmdHandler;
import org.apache.james.protocols.smtp.SMTPProtocol;
import org.apache.james.protocols.smtp.SMTPProtocolHandlerChain;
import org.apache.james.protocols.smtp.core.HeloCmdHandler;
import org.apache.james.protocols.smtp.core.MailCmdHandler;
import org.apache.james.protocols.smtp.core.NoopCmdHandler;
import org.apache.james.protocols.smtp.core.QuitCmdHandler;
import org.apache.james.protocols.smtp.core.RcptCmdHandler;
import org.apache.james.protocols.smtp.core.RsetCmdHandler;
import org.apache.james.protocols.smtp.core.UnknownCmdHandler;
import org.apache.james.protocols.smtp.core.esmtp.EhloCmdHandler;
import org.apache.james.protocols.smtp.core.esmtp.StartTlsCmdHandler;

/**
 * The SMTP and LMTP protocols of the listener: James's command handlers for the commands Parley
 * speaks (no VRFY, EXPN, HELP or AUTH: a relay needs none of them), with Parley's hooks for who may
 * connect, the limits, and where a message goes. Hooks of one kind run in the order added.
 */
final class Protocols {

  private Protocols() {}

  static SMTPProtocol smtp(
      ListenerSettings settings, MailDrop drop, Clock clock, OpenConnections connections) {
    MetricFactory metrics = new NoMetrics();
    List<ProtocolHandler> handlers = new ArrayList<>();
    handlers.add(new AdmitConnection(settings, connections, "ESMTP"));
    handlers.add(new EhloCmdHandler(metrics));
    handlers.add(new HeloCmdHandler(metrics));
    handlers.addAll(transaction(settings, drop, clock, Envelope.Protocol.SMTP));
    return protocol(settings, handlers);
  }

  static SMTPProtocol lmtp(
      ListenerSettings settings, MailDrop drop, Clock clock, OpenConnections connections) {
    MetricFactory metrics = new NoMetrics();
    List<ProtocolHandler> handlers = new ArrayList<>();
    handlers.add(new AdmitConnection(settings, connections, "LMTP"));
    handlers.add(new LhloCmdHandler(metrics));
    handlers.addAll(transaction(settings, drop, clock, Envelope.Protocol.LMTP));
    return protocol(settings, handlers);
  }

  private static List<ProtocolHandler> transaction(
      ListenerSettings settings, MailDrop drop, Clock clock, Envelope.Protocol protocol) {
    MetricFactory metrics = new NoMetrics();
    List<ProtocolHandler> handlers = new ArrayList<>();
    handlers.add(new MailCmdHandler(metrics));
    handlers.add(new RcptCmdHandler(metrics));
    handlers.add(new StartData(settings.maxMessageBytes()));
    handlers.add(new RsetCmdHandler());
    handlers.add(new NoopCmdHandler());
    handlers.add(new QuitCmdHandler(metrics));
    if (settings.tls().isPresent()) {
      handlers.add(new StartTlsCmdHandler());
      if (settings.tls().get().required()) {
        handlers.add(new RequireTls());
      }
    }
    handlers.add(new LimitMessageSize(settings.maxMessageBytes()));
    if (settings.messagesPerMinutePerHost() > 0) {
      handlers.add(new LimitRatePerHost(settings.messagesPerMinutePerHost(), clock));
    }
    handlers.add(new LimitRecipients(settings.maxRecipients()));
    handlers.add(new AcceptRecipient(settings));
    DeliverMessage deliver = new DeliverMessage(drop, protocol, settings.helloName(), clock);
    handlers.add(new ReceiveData(deliver, settings.maxMessageBytes()));
    handlers.add(new UnknownCmdHandler(metrics));
    return handlers;
  }

  private static SMTPProtocol protocol(ListenerSettings settings, List<ProtocolHandler> handlers) {
    SMTPProtocolHandlerChain chain = new SMTPProtocolHandlerChain(new NoMetrics(), false);
    chain.add(new CommandDispatcher<>());
    chain.addAll(handlers);
    try {
      chain.wireExtensibleHandlers();
    } catch (WiringException e) {
      throw new IllegalStateException("the listener's protocol handlers do not fit together", e);
    }
    return new SMTPProtocol(chain, new ListenerConfiguration(settings));
  }
}
