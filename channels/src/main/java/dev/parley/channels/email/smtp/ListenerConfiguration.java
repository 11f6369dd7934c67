package dev.parley.channels.email.smtp;

import java.util.Optional;
import org.apache.james.protocols.api.OidcSASLConfiguration;
import org.apache.james.protocols.api.ProtocolConfigurationImpl;
import org.apache.james.protocols.smtp.SMTPConfiguration;

/**
 * What James's command handlers ask of the server: our hello name and size limit. Relaying in
 * James's sense (to any domain) is never allowed and AUTH never offered: who may send is decided by
 * client network ({@link AdmitConnection}) and recipient ({@link AcceptRecipient}).
 */
final class ListenerConfiguration extends ProtocolConfigurationImpl implements SMTPConfiguration {

  private final String helloName;
  private final long maxMessageSize;

  ListenerConfiguration(ListenerSettings settings) {
    super("Parley");
    this.helloName = settings.helloName();
    this.maxMessageSize = settings.maxMessageBytes();
  }

  @Override
  public String getHelloName() {
    return helloName;
  }

  @Override
  public long getMaxMessageSize() {
    return maxMessageSize;
  }

  @Override
  public boolean isRelayingAllowed(String remoteIP) {
    return false;
  }

  @Override
  public boolean isAuthAnnounced(String remoteIP, boolean tlsStarted) {
    return false;
  }

  @Override
  public boolean useHeloEhloEnforcement() {
    return true;
  }

  @Override
  public boolean useAddressBracketsEnforcement() {
    return true;
  }

  @Override
  public boolean isPlainAuthEnabled() {
    return false;
  }

  @Override
  public Optional<OidcSASLConfiguration> saslConfiguration() {
    return Optional.empty();
  }
}
