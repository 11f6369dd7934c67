package dev.parley.media.kurento;

import org.kurento.client.KurentoClient;

/** Asks Kurento, through the real client's {@code ServerManager}, how many pipelines it holds. */
final class PipelineCount implements AutoCloseable {

  private final KurentoClient client;

  PipelineCount(String url) {
    this.client = KurentoClient.create(url);
  }

  int now() {
    return client.getServerManager().getPipelines().size();
  }

  @Override
  public void close() {
    client.destroy();
  }
}
