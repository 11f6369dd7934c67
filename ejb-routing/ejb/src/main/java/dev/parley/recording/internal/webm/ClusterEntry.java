package dev.parley.recording.internal.webm;

import java.util.List;

/**
 * A Cluster of the input as it will be written: its Timestamp, the ranges of its children to copy
 * (every complete child but the ones that would be wrong or useless after the copy: CRC-32, Void,
 * PrevSize and Position), their total length, and the first keyframe of each track in it.
 */
record ClusterEntry(
    long timestamp, List<ByteRange> ranges, long contentLength, List<Keyframe> keyframes) {

  ClusterEntry {
    ranges = List.copyOf(ranges);
    keyframes = List.copyOf(keyframes);
  }

  /** The first keyframe of the track in this Cluster, or null when the track has none in it. */
  Keyframe keyframeOf(long track) {
    for (Keyframe keyframe : keyframes) {
      if (keyframe.track() == track) {
        return keyframe;
      }
    }
    return null;
  }
}
