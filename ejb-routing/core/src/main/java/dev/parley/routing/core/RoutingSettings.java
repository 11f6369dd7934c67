package dev.parley.routing.core;

import dev.parley.routing.api.Channel;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Engine-wide tuning. Channel weights and aging make up the effective priority of a waiting
 * contact: queue priority + contact priority + channel weight + aging × seconds waited.
 *
 * @param channelWeights priority points per channel (defaults voice > video > chat > voicemail >
 *     SMS > e-mail)
 * @param agingPerSecond points a waiting contact gains per second (0 = pure FIFO within priority)
 * @param noAnswerLimit consecutive unanswered offers that make an agent NOT_RESPONDING (0 = never)
 * @param consultPriority priority of an expert consult, above ordinary contacts
 * @param maxDecisionsPerContact how many decisions the explanation keeps per contact (oldest go)
 * @param headScanDepth how many waiting contacts per queue and channel a freed agent looks at
 * @param connectionGrace null when presence does not follow connections (the default: agents are
 *     offered work whatever their connections, as in the simulator); otherwise agents are offered
 *     work only while a workstation connection of theirs is live ({@link Command.AgentConnected}),
 *     and an agent whose last connection has been gone this long leaves routing
 *     (docs/adr/0013-presence-follows-connection.md)
 */
public record RoutingSettings(
    Map<Channel, Integer> channelWeights,
    double agingPerSecond,
    int noAnswerLimit,
    int consultPriority,
    int maxDecisionsPerContact,
    int headScanDepth,
    Duration connectionGrace) {

  public static final RoutingSettings DEFAULT =
      new RoutingSettings(
          Map.of(
              Channel.VOICE,
              400,
              Channel.VIDEO,
              300,
              Channel.CHAT,
              200,
              Channel.SMS,
              100,
              Channel.EMAIL,
              0,
              Channel.VOICEMAIL,
              150),
          1.0,
          3,
          10_000,
          64,
          8,
          null);

  public RoutingSettings {
    EnumMap<Channel, Integer> w = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      w.put(c, channelWeights.getOrDefault(c, 0));
    }
    channelWeights = Map.copyOf(w);
    if (agingPerSecond < 0) {
      throw new IllegalArgumentException("agingPerSecond must not be negative: " + agingPerSecond);
    }
    if (noAnswerLimit < 0 || maxDecisionsPerContact < 1 || headScanDepth < 1) {
      throw new IllegalArgumentException(
          "noAnswerLimit >= 0, maxDecisionsPerContact >= 1 and headScanDepth >= 1 required");
    }
    if (connectionGrace != null && (connectionGrace.isNegative() || connectionGrace.isZero())) {
      throw new IllegalArgumentException("connectionGrace must be positive: " + connectionGrace);
    }
  }

  /** Settings in which presence does not follow connections. */
  public RoutingSettings(
      Map<Channel, Integer> channelWeights,
      double agingPerSecond,
      int noAnswerLimit,
      int consultPriority,
      int maxDecisionsPerContact,
      int headScanDepth) {
    this(
        channelWeights,
        agingPerSecond,
        noAnswerLimit,
        consultPriority,
        maxDecisionsPerContact,
        headScanDepth,
        null);
  }

  /** Whether agents need a live connection to be offered work (see {@code connectionGrace}). */
  public boolean followsConnections() {
    return connectionGrace != null;
  }

  public int weight(Channel c) {
    return channelWeights.get(c);
  }

  public RoutingSettings withChannelWeights(Map<Channel, Integer> w) {
    return new RoutingSettings(
        w,
        agingPerSecond,
        noAnswerLimit,
        consultPriority,
        maxDecisionsPerContact,
        headScanDepth,
        connectionGrace);
  }

  public RoutingSettings withAgingPerSecond(double a) {
    return new RoutingSettings(
        channelWeights,
        a,
        noAnswerLimit,
        consultPriority,
        maxDecisionsPerContact,
        headScanDepth,
        connectionGrace);
  }

  public RoutingSettings withNoAnswerLimit(int n) {
    return new RoutingSettings(
        channelWeights,
        agingPerSecond,
        n,
        consultPriority,
        maxDecisionsPerContact,
        headScanDepth,
        connectionGrace);
  }

  /** The same settings with presence following connections after {@code grace} (null: not). */
  public RoutingSettings withConnectionGrace(Duration grace) {
    return new RoutingSettings(
        channelWeights,
        agingPerSecond,
        noAnswerLimit,
        consultPriority,
        maxDecisionsPerContact,
        headScanDepth,
        grace);
  }
}
