package dev.parley.routing.reference;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.admin.RoutingSettingsDefinition;
import dev.parley.routing.core.RoutingSettings;
import dev.parley.routing.store.RoutingSettingsEntity;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Routing settings between their row, the admin API's definition and the engine. */
public final class SettingsMapping {
  /** Highest weight an admin may give a channel (queue priorities are of the same order). */
  public static final int MAX_WEIGHT = 100_000;

  /** Highest aging rate, points per second waited (the API's Bean Validation says the same). */
  public static final double MAX_AGING_PER_SECOND = 1000;

  /** Highest no-answer limit (the API's Bean Validation says the same). */
  public static final int MAX_NO_ANSWER_LIMIT = 100;

  private SettingsMapping() {}

  /** The engine's settings: the stored row over the engine's defaults for everything else. */
  public static RoutingSettings toSettings(RoutingSettingsEntity row) {
    return RoutingSettings.DEFAULT
        .withChannelWeights(weights(row))
        .withAgingPerSecond(row.agingPerSecond())
        .withNoAnswerLimit(row.noAnswerLimit());
  }

  public static Map<Channel, Integer> weights(RoutingSettingsEntity row) {
    Map<Channel, Integer> w = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      w.put(c, row.weight(c));
    }
    return w;
  }

  public static RoutingSettingsDefinition toDefinition(RoutingSettingsEntity row) {
    Map<String, Integer> w = new LinkedHashMap<>();
    weights(row).forEach((c, v) -> w.put(c.name(), v));
    return new RoutingSettingsDefinition(w, row.agingPerSecond(), row.noAnswerLimit());
  }

  /**
   * Checks a whole definition (also when it did not come through the API's Bean Validation) and
   * returns its weights by channel.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static Map<Channel, Integer> checked(RoutingSettingsDefinition d) {
    Map<Channel, Integer> weights = checkedWeights(d.channelWeights());
    if (!(d.agingPerSecond() >= 0 && d.agingPerSecond() <= MAX_AGING_PER_SECOND)) {
      throw new IllegalArgumentException(
          "agingPerSecond must be 0 to 1000, was " + d.agingPerSecond());
    }
    if (d.noAnswerLimit() < 0 || d.noAnswerLimit() > MAX_NO_ANSWER_LIMIT) {
      throw new IllegalArgumentException(
          "noAnswerLimit must be 0 to 100, was " + d.noAnswerLimit());
    }
    return weights;
  }

  /**
   * The weights of a definition, every channel named exactly once (case-insensitive) with 0 to
   * {@link #MAX_WEIGHT} points.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static Map<Channel, Integer> checkedWeights(Map<String, Integer> given) {
    if (given == null) {
      throw new IllegalArgumentException("channelWeights is required");
    }
    Map<Channel, Integer> w = new EnumMap<>(Channel.class);
    for (Map.Entry<String, Integer> e : given.entrySet()) {
      Channel c = channel(e.getKey());
      Integer v = e.getValue();
      if (v == null || v < 0 || v > MAX_WEIGHT) {
        throw new IllegalArgumentException(
            "weight of " + c + " must be 0 to " + MAX_WEIGHT + ", was " + v);
      }
      if (w.put(c, v) != null) {
        throw new IllegalArgumentException("channel " + c + " is named twice");
      }
    }
    // VOICEMAIL came later (ADR 0020): settings written before it may leave it out.
    w.putIfAbsent(
        Channel.VOICEMAIL, RoutingSettings.DEFAULT.channelWeights().get(Channel.VOICEMAIL));
    if (w.size() != Channel.values().length) {
      throw new IllegalArgumentException(
          "channelWeights must name every channel: VOICE, VIDEO, CHAT, SMS, EMAIL (VOICEMAIL may"
              + " be left out)");
    }
    return w;
  }

  private static Channel channel(String name) {
    try {
      return Channel.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown channel '" + name + "' in channelWeights");
    }
  }

  public static void write(
      RoutingSettingsEntity row,
      Map<Channel, Integer> weights,
      double agingPerSecond,
      int noAnswerLimit) {
    weights.forEach(row::setWeight);
    row.setAging(agingPerSecond, noAnswerLimit);
  }
}
