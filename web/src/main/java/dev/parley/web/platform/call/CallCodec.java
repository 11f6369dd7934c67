package dev.parley.web.platform.call;

import dev.parley.call.CallEvent;
import dev.parley.web.platform.ws.MessageCodec;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes {@link CallServerMessage}s for both sockets. It reads nothing: what clients send about
 * calls is part of each socket's own client messages (the visitor's name no conversation and may
 * keep their place), so the client type given to the codec is the server type, never read.
 */
@ApplicationScoped
public class CallCodec extends MessageCodec<CallServerMessage, CallServerMessage> {

  public CallCodec() {
    super(CallServerMessage.class, CallServerMessage.class);
  }

  /** The frame of {@code event}, as text. */
  public String write(CallEvent event) {
    return write(CallServerMessage.of(event));
  }
}
