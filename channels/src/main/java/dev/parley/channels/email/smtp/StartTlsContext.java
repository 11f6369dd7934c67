package dev.parley.channels.email.smtp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.apache.james.protocols.api.ClientAuth;
import org.apache.james.protocols.netty.Encryption;

/** STARTTLS from a PKCS12 keystore, TLS 1.2 and 1.3 only; read once, at start. */
final class StartTlsContext {

  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  private StartTlsContext() {}

  static Encryption load(ListenerSettings.TlsSettings tls) {
    char[] password = tls.password().toCharArray();
    try (InputStream in = Files.newInputStream(tls.keystore())) {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(in, password);
      KeyManagerFactory managers =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      managers.init(keys, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(managers.getKeyManagers(), null, null);
      return Encryption.createStartTls(context, null, PROTOCOLS, ClientAuth.NONE);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "setting parley.email.tls.keystore: cannot read a PKCS12 key from "
              + tls.keystore()
              + " with parley.email.tls.password: "
              + e.getMessage(),
          e);
    }
  }
}
