package dev.parley.conversation.internal;

import dev.parley.conversation.AttachmentRefusedException;
import dev.parley.platform.config.DataDirectory;
import dev.parley.routing.api.id.AttachmentId;
import dev.parley.routing.api.id.ContactId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Attachment bytes under the data directory's {@code attachments/<conversation>/<random id>}. A
 * file is written to a temporary name while its size and type are checked, then moved into place; a
 * refused or rolled back upload leaves nothing behind.
 */
@ApplicationScoped
class AttachmentFiles {

  private static final Logger LOG = Logger.getLogger(AttachmentFiles.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject DataDirectory data;

  @Resource TransactionSynchronizationRegistry transactions;

  /** A file moved into place. */
  record Stored(AttachmentId id, String type, long size, String relativePath, Path file) {}

  Stored store(ContactId conversation, InputStream content, long maxBytes) {
    return store(conversation, content, maxBytes, null);
  }

  /**
   * Stores {@code content}; its type is detected from its first bytes (only the accepted types),
   * or, when that fails and {@code declared} is given, taken from it ({@link ContentTypes#shown}).
   */
  Stored store(ContactId conversation, InputStream content, long maxBytes, String declared) {
    byte[] raw = new byte[16];
    RANDOM.nextBytes(raw);
    String id = HexFormat.of().formatHex(raw);
    Path dir = data.folder("attachments").resolve(safe(conversation.value()));
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "upload-", ".part");
      byte[] head = new byte[ContentTypes.HEAD];
      int headLength = 0;
      long size = 0;
      try (OutputStream out = Files.newOutputStream(temp)) {
        byte[] buffer = new byte[8192];
        int n;
        while ((n = content.read(buffer)) > 0) {
          if (headLength < head.length) {
            int take = Math.min(n, head.length - headLength);
            System.arraycopy(buffer, 0, head, headLength, take);
            headLength += take;
          }
          size += n;
          if (size > maxBytes) {
            throw new AttachmentRefusedException(
                AttachmentRefusedException.Reason.TOO_LARGE,
                "the file is larger than " + maxBytes + " bytes");
          }
          out.write(buffer, 0, n);
        }
      }
      if (size == 0) {
        throw new AttachmentRefusedException(
            AttachmentRefusedException.Reason.UNSUPPORTED_TYPE, "the file is empty");
      }
      Optional<String> detected = ContentTypes.detect(head, headLength);
      if (detected.isEmpty() && declared == null) {
        throw new AttachmentRefusedException(
            AttachmentRefusedException.Reason.UNSUPPORTED_TYPE,
            "only PNG, JPEG, GIF, WebP images and PDF documents are accepted");
      }
      String type = detected.orElseGet(() -> ContentTypes.shown(declared));
      Path target = dir.resolve(id);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
      String relative = data.root().relativize(target).toString();
      return new Stored(AttachmentId.of(id), type, size, relative, target);
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the attachment", e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          LOG.warning(() -> "event=attachment.cleanup.failed file=%s".formatted(e.getMessage()));
        }
      }
    }
  }

  /** Deletes the stored file again when the transaction recording it does not commit. */
  void deleteIfRolledBack(Stored file) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing before the outcome is known
          }

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              try {
                Files.deleteIfExists(file.file());
              } catch (IOException e) {
                LOG.warning(() -> "event=attachment.orphan file=%s".formatted(file.file()));
              }
            }
          }
        });
  }

  Path resolve(String relativePath) {
    return data.root().resolve(relativePath).normalize();
  }

  /** Contact ids are generated by Parley; this only guards the path against anything else. */
  private static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
