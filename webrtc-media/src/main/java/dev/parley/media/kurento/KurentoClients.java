package dev.parley.media.kurento;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kurento.client.KurentoClient;
import org.kurento.jsonrpc.client.JsonRpcClientNettyWebSocket;
import org.kurento.jsonrpc.client.JsonRpcWSConnectionListener;

/**
 * Making and destroying Kurento clients the way {@link KurentoConnection} needs them: the timeouts
 * of the settings, a short heartbeat, and none of the client's own reconnection.
 */
final class KurentoClients {

  private static final Logger LOG = Logger.getLogger(KurentoClients.class.getName());

  /**
   * How often the client pings KMS. The Kurento client's own default (4 minutes) would leave a KMS
   * that hangs without closing the socket unnoticed for that long; a ping that gets no answer
   * within the request timeout counts as a loss.
   */
  private static final int HEARTBEAT_MILLIS = 10_000;

  private KurentoClients() {}

  /** Connects (blocking up to the connect timeout); throws when Kurento cannot be reached. */
  static KurentoClient connect(KurentoSettings settings, JsonRpcWSConnectionListener watch) {
    JsonRpcClientNettyWebSocket rpc =
        new JsonRpcClientNettyWebSocket(settings.url().toString(), watch);
    rpc.setTryReconnectingForever(false);
    rpc.setConnectionTimeout((int) settings.connectTimeout().toMillis());
    rpc.setRequestTimeout(settings.requestTimeout().toMillis());
    rpc.enableHeartbeat(HEARTBEAT_MILLIS); // before the client's constructor, which keeps it
    try {
      return KurentoClient.createFromJsonRpcClientHonoringClientTimeouts(rpc);
    } catch (RuntimeException e) {
      try {
        rpc.close(); // its heartbeat and executors
      } catch (IOException | RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  static void destroy(KurentoClient client) {
    try {
      client.destroy();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Closing a Kurento client that lost its connection", e);
    }
  }

  /** The innermost message: the Kurento client wraps the cause (connection refused …) twice. */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
