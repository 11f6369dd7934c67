package dev.parley.routing.core;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.QueueConfig;

/**
 * Everything the engine keeps about one queue, in one object: its configuration, its waiting lanes
 * (one per channel), its service-level counts and its logged-in members. The engine finds it once
 * by id; agents reach the homes of the queues they serve directly ({@link EngineState#homesOf}), so
 * a freed agent's scan over its queues makes no map look-up per queue (with thousands of queues
 * each look-up was a few cache misses, half the benchmark's time).
 *
 * <p>A home exists while its queue is configured or while a logged-in agent serves it; {@code
 * config} is null in the second case only (an agent's profile may name a queue configured later),
 * and such a home has no waiting contacts. Invariant: every waiting contact's entry is in the lane
 * of its channel in the home of its queue.
 */
final class QueueHome {
  private static final int CHANNELS = Channel.values().length;

  final QueueId id;

  /** Replaced by {@link Command.ConfigureQueue}; null while the queue is not configured. */
  private QueueConfig config;

  final Members members;

  /** Shared with {@link ServiceLevels}, which keeps the counts of removed queues too. */
  final ServiceLevels.Counts serviceLevel;

  /** Indexed by channel ordinal; created on the first contact that waits on the channel. */
  private final WaitingIndex.Lane[] lanes = new WaitingIndex.Lane[CHANNELS];

  QueueHome(QueueId id, ServiceLevels.Counts serviceLevel) {
    this.id = id;
    this.members = new Members(id);
    this.serviceLevel = serviceLevel;
  }

  /** The configuration, or null while the queue is not configured. */
  QueueConfig config() {
    return config;
  }

  /** Sets the configuration; returns the one it replaces (null when there was none). */
  QueueConfig configure(QueueConfig c) {
    QueueConfig before = config;
    config = c;
    return before;
  }

  /** The contacts waiting on {@code ch}, best first; empty when none wait. */
  WaitingIndex.Lane lane(Channel ch) {
    WaitingIndex.Lane lane = lanes[ch.ordinal()];
    return lane == null ? WaitingIndex.Lane.EMPTY : lane;
  }

  /** The lane of {@code ch}, created if needed (for a contact that starts waiting). */
  WaitingIndex.Lane laneToAdd(Channel ch) {
    WaitingIndex.Lane lane = lanes[ch.ordinal()];
    if (lane == null) {
      lane = new WaitingIndex.Lane();
      lanes[ch.ordinal()] = lane;
    }
    return lane;
  }

  /** Whether the queue's service level is at or above its target (on target before any count). */
  boolean onTarget() {
    return serviceLevel.achieved() >= config.serviceLevel().fraction();
  }

  @Override
  public String toString() {
    return "QueueHome[" + id + "]";
  }
}
