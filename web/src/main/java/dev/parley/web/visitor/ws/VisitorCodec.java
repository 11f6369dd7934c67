package dev.parley.web.visitor.ws;

import dev.parley.web.platform.ws.MessageCodec;
import jakarta.enterprise.context.ApplicationScoped;

/** The codec of {@code /ws/visitor/{entryPoint}}. */
@ApplicationScoped
public class VisitorCodec extends MessageCodec<VisitorServerMessage, VisitorClientMessage> {

  public VisitorCodec() {
    super(VisitorServerMessage.class, VisitorClientMessage.class);
  }
}
