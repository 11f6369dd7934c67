package dev.parley.recording.internal.webm;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans the output before a byte is written: the Segment holds a SeekHead, Info (with Duration),
 * the input's Tracks, the Cues, then the Clusters with known sizes.
 *
 * <p>Cues go before the Clusters so a browser reading over HTTP finds them without a request to the
 * end of the file. Their size depends on the Clusters' positions, which depend on their size (and
 * the SeekHead's likewise), as sizes and positions are written in as few bytes as they need. The
 * plan is recomputed from the previous round's sizes until they stop changing; sizes only grow with
 * positions, so a few rounds settle it.
 */
record SeekableLayout(
    byte[] segmentHeader,
    byte[] seekHead,
    byte[] info,
    byte[] cues,
    int cuePoints,
    List<byte[]> clusterHeaders,
    long totalLength) {

  private static final int MAX_ROUNDS = 16;

  /** Plans the output of {@code index} with Info holding {@code infoContent}. */
  static SeekableLayout plan(WebmIndex index, byte[] infoContent) {
    byte[] info = new EbmlWriter().binary(WebmIds.INFO, infoContent).toByteArray();
    List<ClusterEntry> clusters = index.clusters();
    List<byte[]> clusterHeaders = new ArrayList<>();
    for (ClusterEntry cluster : clusters) {
      clusterHeaders.add(
          new EbmlWriter().id(WebmIds.CLUSTER).size(cluster.contentLength()).toByteArray());
    }
    CueBuilder cueBuilder = new CueBuilder(index);
    CueBuilder.Cues cues = new CueBuilder.Cues(new byte[0], 0);
    byte[] seekHead = new byte[0];
    long[] clusterPositions = new long[clusters.size()];
    for (int round = 0; round < MAX_ROUNDS; round++) {
      long infoPosition = seekHead.length;
      long tracksPosition = infoPosition + info.length;
      long cuesPosition = tracksPosition + index.tracksElement().length();
      long position = cuesPosition + cues.bytes().length;
      for (int i = 0; i < clusters.size(); i++) {
        clusterPositions[i] = position;
        position += clusterHeaders.get(i).length + clusters.get(i).contentLength();
      }
      CueBuilder.Cues cuesNow = cueBuilder.build(clusterPositions);
      byte[] seekHeadNow =
          seekHead(infoPosition, tracksPosition, cuesNow.count() > 0 ? cuesPosition : -1);
      if (cuesNow.bytes().length == cues.bytes().length && seekHeadNow.length == seekHead.length) {
        byte[] segmentHeader = new EbmlWriter().id(WebmIds.SEGMENT).size(position).toByteArray();
        long total = index.ebmlHeader().length() + segmentHeader.length + position;
        return new SeekableLayout(
            segmentHeader,
            seekHeadNow,
            info,
            cuesNow.bytes(),
            cuesNow.count(),
            clusterHeaders,
            total);
      }
      cues = cuesNow;
      seekHead = seekHeadNow;
    }
    throw new IllegalStateException("the Segment layout does not settle");
  }

  /** A SeekHead naming Info, Tracks and (when {@code cues} is not negative) Cues. */
  private static byte[] seekHead(long info, long tracks, long cues) {
    EbmlWriter seeks = new EbmlWriter();
    seek(seeks, WebmIds.INFO, info);
    seek(seeks, WebmIds.TRACKS, tracks);
    if (cues >= 0) {
      seek(seeks, WebmIds.CUES, cues);
    }
    return new EbmlWriter().master(WebmIds.SEEK_HEAD, seeks).toByteArray();
  }

  /** SeekID holds the element ID as binary, marker bits included. */
  private static void seek(EbmlWriter seeks, int id, long position) {
    byte[] idBytes = new EbmlWriter().id(id).toByteArray();
    EbmlWriter seek =
        new EbmlWriter().binary(WebmIds.SEEK_ID, idBytes).unsigned(WebmIds.SEEK_POSITION, position);
    seeks.master(WebmIds.SEEK, seek);
  }
}
