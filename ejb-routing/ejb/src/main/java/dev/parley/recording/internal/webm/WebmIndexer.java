package dev.parley.recording.internal.webm;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The first pass: walks the EBML header, the Segment's level-1 elements and every Cluster's
 * children, reading headers and the few fields it needs and seeking past everything else.
 *
 * <p>It accepts a Segment and Clusters of known or unknown size. It stops at the first level-1
 * element it cannot use whole — one the file ends inside, bytes that are no element, a second EBML
 * stream appended — and reports the input truncated from there; everything complete before that
 * point is kept. It rejects an input that is not EBML, not WebM (or Matroska), or has no Tracks or
 * no complete Cluster, as nothing playable could be written from it; and one whose complete
 * elements are corrupt (a block before its Cluster's Timestamp, a block shorter than its header, a
 * child overrunning Info or Tracks), as that is no cut-off upload but a damaged file.
 */
final class WebmIndexer {

  private final EbmlReader reader;
  private final HeaderReader headers;
  private final Timeline timeline = new Timeline();
  private final List<ClusterEntry> clusters = new ArrayList<>();
  private HeaderReader.Info info;
  private ElementHeader tracksHeader;
  private List<Track> tracks;
  private boolean clusterSizesKnown = true;
  private boolean hasSeekHead;
  private int cuePoints;
  private boolean truncated;
  private long completeEnd;

  private WebmIndexer(EbmlReader reader) {
    this.reader = reader;
    this.headers = new HeaderReader(reader);
  }

  static WebmIndex index(EbmlReader reader) throws IOException {
    return new WebmIndexer(reader).run();
  }

  private WebmIndex run() throws IOException {
    ElementHeader ebml = readEbmlHeader();
    ElementHeader segment = readSegmentHeader(ebml.end());
    long segmentEnd = reader.length();
    if (segment.sizeKnown()) {
      segmentEnd = Math.min(segmentEnd, segment.end());
      truncated = segment.end() > reader.length();
    }
    completeEnd = segment.dataStart();
    readSegment(segment.dataStart(), segmentEnd);
    long dropped = reader.length() - completeEnd;
    if (info == null) {
      info =
          new HeaderReader.Info(WebmIds.DEFAULT_TIMESTAMP_SCALE, OptionalDouble.empty(), List.of());
    }
    String where = truncated ? " before the file is cut off at byte " + completeEnd : "";
    if (tracks == null) {
      throw new MalformedWebmException("no Tracks element" + where);
    }
    if (tracks.isEmpty()) {
      throw new MalformedWebmException("the Tracks element lists no track");
    }
    if (clusters.isEmpty()) {
      throw new MalformedWebmException("no complete Cluster with a block" + where);
    }
    return new WebmIndex(
        new ByteRange(ebml.position(), ebml.end()),
        info.timestampScale(),
        info.copiedChildren(),
        info.duration(),
        new ByteRange(tracksHeader.position(), tracksHeader.end()),
        tracks,
        clusters,
        timeline.start(),
        timeline.end(tracks, info.timestampScale()),
        new WebmIndex.Layout(segment.sizeKnown(), clusterSizesKnown, hasSeekHead, cuePoints),
        reader.length(),
        truncated || dropped > 0,
        dropped);
  }

  private ElementHeader readEbmlHeader() throws IOException {
    if (reader.length() == 0) {
      throw new MalformedWebmException("not a WebM file: it is empty");
    }
    ElementHeader ebml;
    try {
      ebml = reader.readHeader();
    } catch (EOFException | MalformedWebmException e) {
      ebml = null;
    }
    if (ebml == null || ebml.id() != WebmIds.EBML || !ebml.sizeKnown()) {
      throw new MalformedWebmException("not a WebM file: it does not start with an EBML header");
    }
    if (ebml.end() > reader.length()) {
      throw new MalformedWebmException("not a WebM file: it ends inside its EBML header");
    }
    String docType = headers.docType(ebml);
    if (!docType.equals("webm") && !docType.equals("matroska")) {
      throw new MalformedWebmException("an EBML file of DocType \"" + docType + "\", not WebM");
    }
    return ebml;
  }

  private ElementHeader readSegmentHeader(long position) throws IOException {
    reader.seek(position);
    try {
      ElementHeader segment = reader.readHeader();
      if (segment.id() == WebmIds.SEGMENT) {
        return segment;
      }
    } catch (EOFException e) {
      throw new MalformedWebmException("no Segment: the file ends after its EBML header");
    }
    throw new MalformedWebmException("no Segment after the EBML header at byte " + position);
  }

  private void readSegment(long start, long end) throws IOException {
    ClusterIndexer clusterIndexer = new ClusterIndexer(reader, timeline);
    reader.seek(start);
    while (reader.position() < end) {
      ElementHeader element;
      try {
        element = reader.readHeader();
      } catch (EOFException | MalformedWebmException e) {
        truncated = true;
        return;
      }
      if (element.id() == WebmIds.CLUSTER) {
        ClusterIndexer.Result result = clusterIndexer.index(element, end);
        clusterSizesKnown &= element.sizeKnown();
        if (result.entry() != null) {
          clusters.add(result.entry());
        }
        completeEnd = result.completeEnd();
        if (result.cut()) {
          truncated = true;
          return;
        }
        if (element.sizeKnown()) {
          reader.seek(element.end());
        }
      } else if (!isUsableWhole(element, end)) {
        truncated = true;
        return;
      } else {
        readLevelOne(element);
        completeEnd = element.end();
        reader.seek(completeEnd);
      }
    }
  }

  /** A second EBML header or Segment starts another stream, which this output does not hold. */
  private static boolean isUsableWhole(ElementHeader element, long end) {
    return element.id() != WebmIds.EBML
        && element.id() != WebmIds.SEGMENT
        && element.sizeKnown()
        && element.end() <= end;
  }

  private void readLevelOne(ElementHeader element) throws IOException {
    switch (element.id()) {
      case WebmIds.INFO -> info = info == null ? headers.info(element) : info;
      case WebmIds.TRACKS -> {
        if (tracks == null) {
          tracksHeader = element;
          tracks = headers.tracks(element);
        }
      }
      case WebmIds.CUES -> cuePoints += headers.cuePoints(element);
      case WebmIds.SEEK_HEAD -> hasSeekHead = true;
      default -> {
        // Void, Tags, Chapters, Attachments: skipped; the output holds what playing needs
      }
    }
  }
}
