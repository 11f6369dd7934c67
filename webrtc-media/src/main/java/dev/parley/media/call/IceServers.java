package dev.parley.media.call;

import dev.parley.call.IceServer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ICE servers handed to browsers: the configured STUN URLs as they are, and TURN with
 * credentials that expire, derived from the secret shared with coturn ({@code use-auth-secret}):
 * the username is {@code <expiry epoch seconds>:<user>} and the credential the base64 HMAC-SHA1 of
 * the username under the secret, which coturn checks without asking Parley. A TURN URL without a
 * secret is a configuration error named at start-up.
 */
@ApplicationScoped
public class IceServers {

  @Inject
  @ConfigProperty(name = "parley.stun.url")
  Optional<String> stun;

  @Inject
  @ConfigProperty(name = "parley.turn.url")
  Optional<String> turn;

  @Inject
  @ConfigProperty(name = "parley.turn.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "parley.turn.ttl-seconds", defaultValue = "3600")
  long ttlSeconds;

  Clock clock = Clock.systemUTC();

  @PostConstruct
  void check() {
    if (!urls(turn).isEmpty() && secret.filter(s -> !s.isBlank()).isEmpty()) {
      throw new IllegalStateException(
          "parley.turn.url (PARLEY_TURN_URL) is set but parley.turn.secret (PARLEY_TURN_SECRET),"
              + " the static-auth-secret shared with coturn, is not");
    }
    if (ttlSeconds < 60 || ttlSeconds > 86_400) {
      throw new IllegalStateException(
          "parley.turn.ttl-seconds must be 60..86400, was " + ttlSeconds);
    }
  }

  public List<IceServer> forUser(String user) {
    List<IceServer> servers = new ArrayList<>();
    List<String> stunUrls = urls(stun);
    if (!stunUrls.isEmpty()) {
      servers.add(new IceServer(stunUrls, null, null));
    }
    List<String> turnUrls = urls(turn);
    if (!turnUrls.isEmpty()) {
      String username = (clock.instant().getEpochSecond() + ttlSeconds) + ":" + user;
      servers.add(new IceServer(turnUrls, username, credential(secret.orElseThrow(), username)));
    }
    return servers;
  }

  static String credential(String secret, String username) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA1 is not available", e);
    }
  }

  private static List<String> urls(Optional<String> value) {
    return value
        .map(v -> Arrays.stream(v.split(",")).map(String::strip))
        .orElseGet(java.util.stream.Stream::empty)
        .filter(u -> !u.isEmpty())
        .toList();
  }
}
