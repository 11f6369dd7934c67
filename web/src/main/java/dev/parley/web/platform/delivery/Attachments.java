package dev.parley.web.platform.delivery;

import dev.parley.conversation.StoredAttachment;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;

/** A stored attachment as an HTTP download (its detected type; a safe file name). */
public final class Attachments {
  private Attachments() {}

  public static Response download(StoredAttachment a) {
    if (!Files.isReadable(a.file())) {
      return Response.status(Response.Status.GONE).build();
    }
    String safeName = a.ref().name().replaceAll("[^A-Za-z0-9._ -]", "_");
    return Response.ok(a.file().toFile(), a.ref().type())
        .header("Content-Disposition", "attachment; filename=\"" + safeName + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, max-age=3600")
        .build();
  }
}
