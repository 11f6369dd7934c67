package dev.parley.recording.internal.webm;

import java.util.List;
import java.util.OptionalLong;

/**
 * What a WebM holds, as {@link SeekableWebm#probe} reads it or {@link SeekableWebm#rewrite} wrote
 * it.
 *
 * @param durationMillis from the first block's start to the last block's end (see {@link
 *     SeekableWebm} for how the last block's length is estimated)
 * @param declaredDurationMillis Info's Duration, the end of the timeline from 0; empty in a live
 *     recording. It equals {@code durationMillis} when the first block is at 0, as MediaRecorder's
 *     is
 * @param codecs each track's CodecID in track order, e.g. {@code V_VP8}, {@code A_OPUS}
 * @param clusters the Clusters holding at least one complete block
 * @param cuePoints the CuePoints in the file's Cues (written ones, for a rewrite)
 * @param bytes the file's length (the output's, for a rewrite)
 * @param seekable the Segment and every Cluster have a known size and there are a SeekHead, a
 *     Duration and Cues
 * @param truncated the input ended inside an element, before its Segment's declared end, or with
 *     bytes that are no element (then the output holds everything before that point)
 * @param droppedBytes the input's bytes after its last complete element, left out of the output
 */
public record WebmSummary(
    long durationMillis,
    OptionalLong declaredDurationMillis,
    boolean hasAudio,
    boolean hasVideo,
    List<String> codecs,
    int clusters,
    int cuePoints,
    long bytes,
    boolean seekable,
    boolean truncated,
    long droppedBytes) {

  public WebmSummary {
    codecs = List.copyOf(codecs);
  }

  /** What {@code index} says of its file. */
  static WebmSummary of(WebmIndex index) {
    WebmIndex.Layout layout = index.layout();
    OptionalLong declared =
        index.declaredDuration().isPresent()
            ? OptionalLong.of(index.toMillis(index.declaredDuration().getAsDouble()))
            : OptionalLong.empty();
    return new WebmSummary(
        index.toMillis(index.endTimestamp() - index.firstTimestamp()),
        declared,
        index.tracks().stream().anyMatch(Track::isAudio),
        index.tracks().stream().anyMatch(Track::isVideo),
        index.tracks().stream().map(Track::codecId).toList(),
        index.clusters().size(),
        layout.cuePoints(),
        index.inputLength(),
        layout.segmentSizeKnown()
            && layout.clusterSizesKnown()
            && layout.hasSeekHead()
            && declared.isPresent()
            && layout.cuePoints() > 0,
        index.truncated(),
        index.droppedBytes());
  }
}
