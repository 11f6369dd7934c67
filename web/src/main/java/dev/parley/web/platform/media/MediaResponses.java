package dev.parley.web.platform.media;

import dev.parley.recording.RecordingMedia;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.util.Optional;

/**
 * A recording's bytes as HTTP: 200 with the whole file, 206 with one range ({@code Content-Range}),
 * 416 for a range outside the file; always {@code Accept-Ranges: bytes}, so players seek. Private
 * to the user ({@code Cache-Control: private, no-store}: recordings stay off shared caches and
 * disks). {@code download} adds an attachment disposition with the recording's file name.
 */
public final class MediaResponses {

  private MediaResponses() {}

  public static Response send(RecordingMedia media, String rangeHeader, boolean download) {
    Optional<ByteRange> range = ByteRange.parse(rangeHeader, media.size());
    Response.ResponseBuilder out;
    if (range.isPresent() && range.get() == ByteRange.UNSATISFIABLE) {
      return Response.status(416)
          .header("Content-Range", "bytes */" + media.size())
          .header("Accept-Ranges", "bytes")
          .build();
    }
    if (range.isPresent()) {
      ByteRange r = range.get();
      out =
          Response.status(206)
              .entity(body(media, r.start(), r.length()))
              .header("Content-Range", "bytes %d-%d/%d".formatted(r.start(), r.end(), media.size()))
              .header("Content-Length", r.length());
    } else {
      out = Response.ok(body(media, 0, media.size())).header("Content-Length", media.size());
    }
    out.type(media.contentType())
        .header("Accept-Ranges", "bytes")
        .header("Cache-Control", "private, no-store");
    if (download) {
      out.header("Content-Disposition", "attachment; filename=\"" + media.fileName() + "\"");
    }
    return out.build();
  }

  private static StreamingOutput body(RecordingMedia media, long start, long length) {
    return (OutputStream os) -> {
      try (SeekableByteChannel channel = Files.newByteChannel(media.file())) {
        channel.position(start);
        InputStream in = Channels.newInputStream(channel);
        byte[] buffer = new byte[65536];
        long left = length;
        while (left > 0) {
          int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
          if (n < 0) {
            break;
          }
          os.write(buffer, 0, n);
          left -= n;
        }
      } catch (IOException e) {
        // the player went away mid-file (it seeks by dropping connections): nothing to do
      }
    };
  }
}
