package dev.parley.channels.chat;

import dev.parley.routing.api.id.VisitorId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed visitor tokens: {@code v1.<visitor id>.<issued, epoch seconds>.<HMAC-SHA256>}. The visitor
 * id is 128 random bits; the key is 256 random bits generated on the first start into the data
 * directory's {@code secrets/visitor-token.key} (owner-only permissions) and read on every later
 * start, so tokens outlive restarts. A token is valid for {@link #VALIDITY}; anything altered,
 * expired or malformed is simply not a token (the visitor starts afresh).
 */
@ApplicationScoped
public class VisitorTokens {

  /** How long a returning visitor is recognised. */
  static final Duration VALIDITY = Duration.ofDays(365);

  private static final Logger LOG = Logger.getLogger(VisitorTokens.class.getName());
  private static final String VERSION = "v1";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "parley.data.dir")
  Optional<String> dataDir;

  private Clock clock = Clock.systemUTC();

  private SecretKeySpec key;

  VisitorTokens() {}

  /** For tests: a key and a clock of their own. */
  VisitorTokens(byte[] key, Clock clock) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
    this.clock = clock;
  }

  @PostConstruct
  void loadKey() {
    Path file = DataFolder.resolve(dataDir).resolve("secrets").resolve("visitor-token.key");
    try {
      key = new SecretKeySpec(readOrCreate(file), "HmacSHA256");
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read or create the visitor token key "
              + file
              + " (setting parley.data.dir): "
              + e,
          e);
    }
  }

  private static byte[] readOrCreate(Path file) throws IOException {
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      byte[] fresh = new byte[32];
      RANDOM.nextBytes(fresh);
      Path temp = Files.createTempFile(file.getParent(), "key-", ".tmp");
      try {
        try {
          Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          LOG.fine("event=chat.token.key.permissions unsupported");
        }
        Files.writeString(temp, HexFormat.of().formatHex(fresh), StandardCharsets.US_ASCII);
        Files.move(temp, file); // never over a key another node wrote meanwhile
        LOG.info(() -> "event=chat.token.key.created file=" + file);
      } catch (FileAlreadyExistsException e) {
        Files.deleteIfExists(temp);
      }
    }
    byte[] stored =
        HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
    if (stored.length < 32) {
      throw new IOException("the key must hold 32 bytes (64 hex digits)");
    }
    return stored;
  }

  /** A new visitor id: 128 random bits, hex. */
  static VisitorId newVisitor() {
    byte[] raw = new byte[16];
    RANDOM.nextBytes(raw);
    return VisitorId.of(HexFormat.of().formatHex(raw));
  }

  public String issue(VisitorId visitor) {
    String body = VERSION + "." + visitor.value() + "." + clock.instant().getEpochSecond();
    return body + "." + mac(body);
  }

  public Optional<VisitorId> verify(String token) {
    if (token == null || token.length() > 200) {
      return Optional.empty();
    }
    int cut = token.lastIndexOf('.');
    if (cut < 0) {
      return Optional.empty();
    }
    String body = token.substring(0, cut);
    byte[] given = token.substring(cut + 1).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(given, mac(body).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    String[] parts = body.split("\\.");
    if (parts.length != 3 || !parts[0].equals(VERSION) || !parts[1].matches("[0-9a-f]{32}")) {
      return Optional.empty();
    }
    long issued;
    try {
      issued = Long.parseLong(parts[2]);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    long now = clock.instant().getEpochSecond();
    if (issued > now + 300 || now - issued > VALIDITY.toSeconds()) {
      return Optional.empty();
    }
    return Optional.of(VisitorId.of(parts[1]));
  }

  private String mac(String body) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(key);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(hmac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
