package dev.parley.web.supervisor.ws;

import dev.parley.web.platform.ws.MessageCodec;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The codec of {@code /ws/supervisor}: {@link SupervisorServerMessage}s out, {@link
 * SupervisorClientMessage}s in.
 */
@ApplicationScoped
public class SupervisorCodec
    extends MessageCodec<SupervisorServerMessage, SupervisorClientMessage> {

  public SupervisorCodec() {
    super(SupervisorServerMessage.class, SupervisorClientMessage.class);
  }
}
