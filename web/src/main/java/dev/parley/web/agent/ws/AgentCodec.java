package dev.parley.web.agent.ws;

import dev.parley.web.platform.ws.MessageCodec;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The codec of {@code /ws/agent}: {@link AgentServerMessage}s out, {@link AgentClientMessage}s in.
 */
@ApplicationScoped
public class AgentCodec extends MessageCodec<AgentServerMessage, AgentClientMessage> {

  public AgentCodec() {
    super(AgentServerMessage.class, AgentClientMessage.class);
  }
}
