package dev.parley.channels.email.smtp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the listener binds and what it accepts. Checked when built: a bad value fails fast with a
 * message naming the setting (the MicroProfile Config key the start-up bean reads it from).
 *
 * @param bindAddress the local address both listeners bind to ({@code parley.email.bind-address})
 * @param smtpPort the SMTP port; 0 picks a free one ({@code parley.email.smtp.port})
 * @param lmtpPort the LMTP port; 0 picks a free one, negative means no LMTP listener ({@code
 *     parley.email.lmtp.port})
 * @param helloName the name in the greeting, the EHLO reply and the Received header ({@code
 *     parley.email.hello-name})
 * @param relays client networks in CIDR (IPv4 or IPv6) that may connect; anyone else gets 554 5.7.1
 *     ({@code parley.email.relays})
 * @param acceptedRecipients domains ({@code example.com}) or addresses ({@code
 *     support@example.com}) Parley accepts mail for; empty accepts any recipient from a relay
 *     ({@code parley.email.accepted-recipients})
 * @param maxMessageBytes the largest message accepted, advertised with EHLO SIZE ({@code
 *     parley.email.max-message-bytes})
 * @param maxRecipients recipients per message; the next RCPT gets 452 4.5.3 ({@code
 *     parley.email.max-recipients})
 * @param messagesPerMinutePerHost messages one sending host may start a minute; 0 is no limit
 *     ({@code parley.email.messages-per-minute-per-host})
 * @param maxLineLength the longest command line; longer message lines are kept whole ({@code
 *     parley.email.max-line-length})
 * @param tls STARTTLS, when a certificate is configured ({@code parley.email.tls.*})
 * @param idleTimeout a connection silent this long is closed ({@code parley.email.idle-timeout})
 * @param maxConnections connections at once over both listeners; more get 421 4.7.0 ({@code
 *     parley.email.max-connections})
 * @param maxConnectionsPerIp connections at once from one address ({@code
 *     parley.email.max-connections-per-ip})
 * @param ioThreads the event-loop threads serving all connections; {@link MailDrop} runs on them
 *     ({@code parley.email.io-threads})
 */
public record ListenerSettings(
    String bindAddress,
    int smtpPort,
    int lmtpPort,
    String helloName,
    List<String> relays,
    List<String> acceptedRecipients,
    long maxMessageBytes,
    int maxRecipients,
    int messagesPerMinutePerHost,
    int maxLineLength,
    Optional<TlsSettings> tls,
    Duration idleTimeout,
    int maxConnections,
    int maxConnectionsPerIp,
    int ioThreads) {

  /** The smallest message size limit accepted: anything less could not hold a header block. */
  static final long MIN_MESSAGE_BYTES = 1024;

  /**
   * STARTTLS with the certificate and key of a PKCS12 keystore.
   *
   * @param keystore the PKCS12 file ({@code parley.email.tls.keystore})
   * @param password its password ({@code parley.email.tls.password})
   * @param required whether MAIL is refused (530 5.7.0) until the session is encrypted ({@code
   *     parley.email.tls.required})
   */
  public record TlsSettings(Path keystore, String password, boolean required) {
    public TlsSettings {
      Objects.requireNonNull(keystore, "parley.email.tls.keystore");
      Objects.requireNonNull(password, "parley.email.tls.password");
      if (!Files.isReadable(keystore)) {
        throw new IllegalArgumentException(
            "setting parley.email.tls.keystore: no readable file at " + keystore);
      }
    }

    @Override
    public String toString() {
      return "TlsSettings[keystore=" + keystore + ", required=" + required + "]";
    }
  }

  public ListenerSettings {
    require(bindAddress != null && !bindAddress.isBlank(), "parley.email.bind-address", "blank");
    require(smtpPort >= 0 && smtpPort <= 65535, "parley.email.smtp.port", smtpPort);
    require(lmtpPort <= 65535, "parley.email.lmtp.port", lmtpPort);
    require(
        helloName != null && helloName.matches("[A-Za-z0-9.\\-\\[\\]:]{1,255}"),
        "parley.email.hello-name",
        helloName);
    relays = List.copyOf(relays);
    require(!relays.isEmpty(), "parley.email.relays", "empty: no one could send");
    ClientNetworks.parse(relays);
    acceptedRecipients =
        acceptedRecipients.stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).toList();
    for (String recipient : acceptedRecipients) {
      require(
          recipient.matches("[^@\\s]+@[^@\\s]+|[^@\\s]+\\.[^@\\s]+"),
          "parley.email.accepted-recipients",
          recipient);
    }
    require(
        maxMessageBytes >= MIN_MESSAGE_BYTES && maxMessageBytes <= Integer.MAX_VALUE,
        "parley.email.max-message-bytes",
        maxMessageBytes);
    require(maxRecipients >= 1, "parley.email.max-recipients", maxRecipients);
    require(
        messagesPerMinutePerHost >= 0,
        "parley.email.messages-per-minute-per-host",
        messagesPerMinutePerHost);
    require(
        maxLineLength >= 512 && maxLineLength <= 1 << 20,
        "parley.email.max-line-length",
        maxLineLength);
    Objects.requireNonNull(tls, "tls");
    require(
        idleTimeout != null && idleTimeout.toSeconds() >= 1,
        "parley.email.idle-timeout",
        idleTimeout);
    require(maxConnections >= 1, "parley.email.max-connections", maxConnections);
    require(
        maxConnectionsPerIp >= 1 && maxConnectionsPerIp <= maxConnections,
        "parley.email.max-connections-per-ip",
        maxConnectionsPerIp);
    require(ioThreads >= 1 && ioThreads <= 1024, "parley.email.io-threads", ioThreads);
  }

  /** Whether an LMTP listener is wanted. */
  public boolean lmtpEnabled() {
    return lmtpPort >= 0;
  }

  /** The defaults, to change what a deployment configures. */
  public static Builder builder() {
    return new Builder();
  }

  private static void require(boolean ok, String setting, Object value) {
    if (!ok) {
      throw new IllegalArgumentException("setting " + setting + " is invalid: " + value);
    }
  }

  /** Builds settings from the defaults; each default is the one documented for its setting. */
  public static final class Builder {
    private String bindAddress = "127.0.0.1";
    private int smtpPort = 2525;
    private int lmtpPort = -1;
    private String helloName = "localhost";
    private List<String> relays = List.of("127.0.0.0/8", "::1/128");
    private List<String> acceptedRecipients = List.of();
    private long maxMessageBytes = 25L * 1024 * 1024;
    private int maxRecipients = 100;
    private int messagesPerMinutePerHost = 0;
    private int maxLineLength = 8192;
    private Optional<TlsSettings> tls = Optional.empty();
    private Duration idleTimeout = Duration.ofMinutes(5);
    private int maxConnections = 500;
    private int maxConnectionsPerIp = 100;
    private int ioThreads = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());

    private Builder() {}

    public Builder bindAddress(String value) {
      bindAddress = value;
      return this;
    }

    public Builder smtpPort(int value) {
      smtpPort = value;
      return this;
    }

    public Builder lmtpPort(int value) {
      lmtpPort = value;
      return this;
    }

    public Builder helloName(String value) {
      helloName = value;
      return this;
    }

    public Builder relays(List<String> value) {
      relays = value;
      return this;
    }

    public Builder acceptedRecipients(List<String> value) {
      acceptedRecipients = value;
      return this;
    }

    public Builder maxMessageBytes(long value) {
      maxMessageBytes = value;
      return this;
    }

    public Builder maxRecipients(int value) {
      maxRecipients = value;
      return this;
    }

    public Builder messagesPerMinutePerHost(int value) {
      messagesPerMinutePerHost = value;
      return this;
    }

    public Builder maxLineLength(int value) {
      maxLineLength = value;
      return this;
    }

    public Builder tls(TlsSettings value) {
      tls = Optional.ofNullable(value);
      return this;
    }

    public Builder idleTimeout(Duration value) {
      idleTimeout = value;
      return this;
    }

    public Builder maxConnections(int value) {
      maxConnections = value;
      return this;
    }

    public Builder maxConnectionsPerIp(int value) {
      maxConnectionsPerIp = value;
      return this;
    }

    public Builder ioThreads(int value) {
      ioThreads = value;
      return this;
    }

    public ListenerSettings build() {
      return new ListenerSettings(
          bindAddress,
          smtpPort,
          lmtpPort,
          helloName,
          relays,
          acceptedRecipients,
          maxMessageBytes,
          maxRecipients,
          messagesPerMinutePerHost,
          maxLineLength,
          tls,
          idleTimeout,
          maxConnections,
          maxConnectionsPerIp,
          ioThreads);
    }
  }
}
