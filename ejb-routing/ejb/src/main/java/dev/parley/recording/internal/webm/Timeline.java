package dev.parley.recording.internal.webm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a recording's blocks start and end, in TimestampScale units, gathered block by block.
 *
 * <p>A block's end is its timestamp plus its BlockDuration when a BlockGroup gives one. Otherwise
 * only each track's last block matters, and its duration is estimated: its frame count times the
 * track's DefaultDuration when the track declares one, else the gap between the track's last two
 * blocks (the last frame lasts as long as the one before it). MediaRecorder declares neither, but
 * spaces its frames evenly — 20 or 60 ms Opus packets, one video frame per camera frame — so the
 * estimate is off by at most one frame's jitter. A track with a single block and no duration ends
 * where it starts.
 */
final class Timeline {

  private final Map<Long, TrackTimes> tracks = new LinkedHashMap<>();

  /** A block of {@code frames} frames; {@code duration} is its BlockDuration, or -1 when absent. */
  void block(long track, long timestamp, long duration, int frames) {
    tracks.computeIfAbsent(track, t -> new TrackTimes(timestamp)).add(timestamp, duration, frames);
  }

  boolean isEmpty() {
    return tracks.isEmpty();
  }

  /** The earliest block timestamp; 0 when there is no block. */
  long start() {
    return tracks.values().stream().mapToLong(t -> t.first).min().orElse(0);
  }

  /**
   * The latest block end; {@code timestampScale} converts DefaultDurations (in nanoseconds) to
   * TimestampScale units.
   */
  long end(List<Track> declared, long timestampScale) {
    long end = start();
    for (Map.Entry<Long, TrackTimes> entry : tracks.entrySet()) {
      long defaultDuration = 0;
      for (Track track : declared) {
        if (track.number() == entry.getKey()) {
          defaultDuration = Math.round((double) track.defaultDurationNanos() / timestampScale);
        }
      }
      end = Math.max(end, entry.getValue().end(defaultDuration));
    }
    return end;
  }

  private static final class TrackTimes {
    private long first;
    private long previous = -1;
    private long last;
    private long lastDuration;
    private int lastFrames;
    private long latestExplicitEnd = Long.MIN_VALUE;

    TrackTimes(long first) {
      this.first = first;
      this.last = first;
    }

    void add(long timestamp, long duration, int frames) {
      first = Math.min(first, timestamp);
      if (timestamp >= last) {
        if (timestamp > last) {
          previous = lastFrames == 0 ? -1 : last;
        }
        last = timestamp;
        lastDuration = duration;
        lastFrames = frames;
      }
      if (duration >= 0) {
        latestExplicitEnd = Math.max(latestExplicitEnd, timestamp + duration);
      }
    }

    long end(long defaultDuration) {
      long lastEnd;
      if (lastDuration >= 0) {
        lastEnd = last + lastDuration;
      } else if (defaultDuration > 0) {
        lastEnd = last + lastFrames * defaultDuration;
      } else {
        lastEnd = previous < 0 ? last : last + (last - previous);
      }
      return Math.max(lastEnd, latestExplicitEnd);
    }
  }
}
