package dev.parley.channels.email.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.channels.email.smtp.SmtpScript.Reply;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * STARTTLS with the test certificate ({@code src/test/resources/email}, made with keytool as
 * described in docs/email-listener.md), spoken by Jakarta Mail trusting only that certificate.
 */
class StartTlsTest {

  private final MailDropDouble drop = new MailDropDouble();
  private MailListener listener;

  static Path resource(String name) {
    try {
      return Path.of(StartTlsTest.class.getResource("/email/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private int start(boolean required) {
    listener =
        MailListener.start(
            ListenerSettings.builder()
                .smtpPort(0)
                .helloName("localhost")
                .ioThreads(2)
                .tls(
                    new ListenerSettings.TlsSettings(
                        resource("listener-test.p12"), "changeit", required))
                .build(),
            drop);
    return listener.smtpPort();
  }

  @AfterEach
  void stop() {
    if (listener != null) {
      listener.stop();
    }
  }

  @Test
  void advertisesStartTlsWhenACertificateIsConfigured() throws IOException {
    try (SmtpScript smtp = SmtpScript.open(start(false))) {
      assertThat(smtp.command("EHLO relay.example.org").lines()).contains("STARTTLS");
    }
  }

  @Test
  void takesMailFromJakartaMailOverStartTls() throws Exception {
    int port = start(true);

    Transport.send(message(session(port, true)));

    assertThat(drop.stored()).hasSize(1);
    MailDropDouble.Stored stored = drop.stored().get(0);
    assertThat(stored.envelope().tls()).isTrue();
    assertThat(stored.envelope().helo()).isEqualTo("client.example.org");
    assertThat(stored.text()).contains("with ESMTPS").contains("Subject: Over TLS");
  }

  @Test
  void refusesMailBeforeStartTlsWhenTlsIsRequired() throws IOException {
    try (SmtpScript smtp = SmtpScript.open(start(true))) {
      SmtpScript.expect(250, smtp.command("EHLO relay.example.org"));

      Reply mail = smtp.command("MAIL FROM:<customer@example.org>");

      assertThat(mail.code()).isEqualTo(530);
      assertThat(mail.text()).startsWith("5.7.0");
    }
    assertThat(drop.calls()).isZero();
  }

  static Session session(int port, boolean startTls) throws Exception {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", Integer.toString(port));
    props.put("mail.smtp.localhost", "client.example.org");
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "10000");
    if (startTls) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
      props.put("mail.smtp.ssl.checkserveridentity", "true");
      props.put("mail.smtp.ssl.socketFactory", trustingTestCertificate().getSocketFactory());
    }
    return Session.getInstance(props);
  }

  static MimeMessage message(Session session) throws Exception {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress("customer@example.org"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress("support@parley.test"));
    message.setSubject("Over TLS");
    message.setText("Hello over TLS\r\n", "UTF-8");
    return message;
  }

  private static SSLContext trustingTestCertificate() throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    try (InputStream in = StartTlsTest.class.getResourceAsStream("/email/listener-trust.p12")) {
      trust.load(in, "changeit".toCharArray());
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }
}
