package dev.parley.recording.internal.webm;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What the first pass learnt of an input: the parts to copy (EBML header, Info's children, Tracks,
 * Clusters), the tracks, where its blocks start and end (in TimestampScale units), how seekable it
 * already is, and whether it was cut short. {@code droppedBytes} are the bytes after the last
 * complete element, which the output leaves out.
 */
record WebmIndex(
    ByteRange ebmlHeader,
    long timestampScale,
    List<ByteRange> infoChildren,
    OptionalDouble declaredDuration,
    ByteRange tracksElement,
    List<Track> tracks,
    List<ClusterEntry> clusters,
    long firstTimestamp,
    long endTimestamp,
    Layout layout,
    long inputLength,
    boolean truncated,
    long droppedBytes) {

  /** How the input is laid out: what makes a WebM seekable and a live one lacks. */
  record Layout(
      boolean segmentSizeKnown, boolean clusterSizesKnown, boolean hasSeekHead, int cuePoints) {}

  WebmIndex {
    infoChildren = List.copyOf(infoChildren);
    tracks = List.copyOf(tracks);
    clusters = List.copyOf(clusters);
  }

  /**
   * The track the Cues index: the first video track, as players seek video to a keyframe and decode
   * audio from anywhere; else the first audio track; else the first track.
   */
  Track cueTrack() {
    return tracks.stream()
        .filter(Track::isVideo)
        .findFirst()
        .or(() -> tracks.stream().filter(Track::isAudio).findFirst())
        .orElse(tracks.get(0));
  }

  long toMillis(double timestamp) {
    return Math.round(timestamp * timestampScale / 1_000_000.0);
  }
}
