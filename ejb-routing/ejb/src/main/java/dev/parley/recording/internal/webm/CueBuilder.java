package dev.parley.recording.internal.webm;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Cues: one CuePoint per Cluster that holds a keyframe of the cue track, at that
 * keyframe's time, with the Cluster's position and the block's place in it.
 *
 * <p>Only keyframes are indexed because a player starts decoding where a CuePoint points: a
 * Chromium VP8 or VP9 recording has a video keyframe only every hundred frames or so (one in a
 * four-second sample), and a CuePoint on a delta frame would show garbage until the next keyframe.
 * Every Opus packet is a keyframe, so an audio-only recording gets a CuePoint in every Cluster.
 * When the preferred track has no keyframe at all, the next track in {@link WebmIndex#cueTrack()}'s
 * order is tried; with none, there are no Cues (the specification wants at least one CuePoint).
 */
final class CueBuilder {

  private final WebmIndex index;

  CueBuilder(WebmIndex index) {
    this.index = index;
  }

  /** A Cues element and how many CuePoints it holds; no bytes when it would hold none. */
  record Cues(byte[] bytes, int count) {}

  /** The Cues for Clusters written at these Segment positions. */
  Cues build(long[] clusterPositions) {
    List<Track> candidates = new ArrayList<>();
    candidates.add(index.cueTrack());
    index.tracks().stream().filter(t -> !candidates.contains(t)).forEach(candidates::add);
    for (Track track : candidates) {
      EbmlWriter points = new EbmlWriter();
      int count = cuePoints(track, clusterPositions, points);
      if (count > 0) {
        return new Cues(new EbmlWriter().master(WebmIds.CUES, points).toByteArray(), count);
      }
    }
    return new Cues(new byte[0], 0);
  }

  private int cuePoints(Track track, long[] clusterPositions, EbmlWriter out) {
    int count = 0;
    List<ClusterEntry> clusters = index.clusters();
    for (int i = 0; i < clusters.size(); i++) {
      Keyframe keyframe = clusters.get(i).keyframeOf(track.number());
      // CueTime is unsigned; a keyframe before zero (never seen from a browser) gets no CuePoint
      if (keyframe != null && keyframe.timestamp() >= 0) {
        EbmlWriter position =
            new EbmlWriter()
                .unsigned(WebmIds.CUE_TRACK, track.number())
                .unsigned(WebmIds.CUE_CLUSTER_POSITION, clusterPositions[i])
                .unsigned(WebmIds.CUE_RELATIVE_POSITION, keyframe.relativePosition());
        EbmlWriter point =
            new EbmlWriter()
                .unsigned(WebmIds.CUE_TIME, keyframe.timestamp())
                .master(WebmIds.CUE_TRACK_POSITIONS, position);
        out.master(WebmIds.CUE_POINT, point);
        count++;
      }
    }
    return count;
  }
}
