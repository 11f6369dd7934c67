package dev.parley.recording.internal.webm;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads the small, complete level-1 elements the indexer needs: the EBML header's DocType, Info,
 * Tracks and an existing Cues' CuePoints. Each method is given an element whose data lies wholly in
 * the file and leaves the reader anywhere inside it.
 */
final class HeaderReader {

  /** Info's fields: TimestampScale, the Duration if any, and the children to copy but Duration. */
  record Info(long timestampScale, OptionalDouble duration, List<ByteRange> copiedChildren) {}

  private final EbmlReader reader;

  HeaderReader(EbmlReader reader) {
    this.reader = reader;
  }

  /** The DocType of an EBML header; "matroska" when absent, the specification's default. */
  String docType(ElementHeader ebml) throws IOException {
    String docType = "matroska";
    for (ElementHeader child : children(ebml)) {
      if (child.id() == WebmIds.DOC_TYPE) {
        reader.seek(child.dataStart());
        docType = reader.readString(child.size());
      }
    }
    return docType;
  }

  Info info(ElementHeader info) throws IOException {
    long scale = WebmIds.DEFAULT_TIMESTAMP_SCALE;
    OptionalDouble duration = OptionalDouble.empty();
    List<ByteRange> copied = new ArrayList<>();
    for (ElementHeader child : children(info)) {
      reader.seek(child.dataStart());
      if (child.id() == WebmIds.TIMESTAMP_SCALE) {
        scale = reader.readUnsigned(child.size());
      } else if (child.id() == WebmIds.DURATION) {
        duration = OptionalDouble.of(reader.readFloat(child.size()));
      } else if (child.id() != WebmIds.VOID && child.id() != WebmIds.CRC_32) {
        copied.add(new ByteRange(child.position(), child.end()));
      }
    }
    if (scale <= 0) {
      throw new MalformedWebmException("Info's TimestampScale is 0: " + info.describe());
    }
    return new Info(scale, duration, copied);
  }

  List<Track> tracks(ElementHeader tracks) throws IOException {
    List<Track> result = new ArrayList<>();
    for (ElementHeader entry : children(tracks)) {
      if (entry.id() == WebmIds.TRACK_ENTRY) {
        result.add(track(entry));
      }
    }
    return result;
  }

  private Track track(ElementHeader entry) throws IOException {
    long number = 0;
    int type = 0;
    String codecId = "";
    long defaultDuration = 0;
    for (ElementHeader child : children(entry)) {
      reader.seek(child.dataStart());
      switch (child.id()) {
        case WebmIds.TRACK_NUMBER -> number = reader.readUnsigned(child.size());
        case WebmIds.TRACK_TYPE -> type = (int) reader.readUnsigned(child.size());
        case WebmIds.CODEC_ID -> codecId = reader.readString(child.size());
        case WebmIds.DEFAULT_DURATION -> defaultDuration = reader.readUnsigned(child.size());
        default -> {
          // other fields (codec private data, language, dimensions) are copied, not read
        }
      }
    }
    if (number == 0) {
      throw new MalformedWebmException("a TrackEntry without TrackNumber: " + entry.describe());
    }
    return new Track(number, type, codecId, defaultDuration);
  }

  int cuePoints(ElementHeader cues) throws IOException {
    int count = 0;
    for (ElementHeader child : children(cues)) {
      if (child.id() == WebmIds.CUE_POINT) {
        count++;
      }
    }
    return count;
  }

  /** The headers of a complete master element's children, which must all be complete. */
  private List<ElementHeader> children(ElementHeader parent) throws IOException {
    List<ElementHeader> children = new ArrayList<>();
    long position = parent.dataStart();
    while (position < parent.end()) {
      reader.seek(position);
      ElementHeader child;
      try {
        child = reader.readHeader();
      } catch (EOFException e) {
        throw new MalformedWebmException("a child overruns " + parent.describe());
      }
      if (!child.sizeKnown() || child.end() > parent.end()) {
        throw new MalformedWebmException(
            child.describe() + " does not fit in its parent, " + parent.describe());
      }
      children.add(child);
      position = child.end();
    }
    return children;
  }
}
