package dev.parley.channels.email.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many senders at once: every message acknowledged is stored, once. */
class ManyClientsTest {

  private static final int CLIENTS = 50;
  private static final int MESSAGES = 20;

  private final MailDropDouble drop = new MailDropDouble();
  private MailListener listener;

  @AfterEach
  void stop() {
    if (listener != null) {
      listener.stop();
    }
  }

  @Test
  void storesEveryMessageOfFiftyConcurrentClients() throws Exception {
    listener =
        MailListener.start(ListenerSettings.builder().smtpPort(0).ioThreads(4).build(), drop);
    int port = listener.smtpPort();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Integer>> sent = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        sent.add(clients.submit(() -> send(port, client)));
      }
      int acknowledged = 0;
      for (Future<Integer> f : sent) {
        acknowledged += f.get(60, TimeUnit.SECONDS);
      }
      assertThat(acknowledged).isEqualTo(CLIENTS * MESSAGES);
    } finally {
      clients.shutdownNow();
    }
    assertThat(drop.stored()).hasSize(CLIENTS * MESSAGES);
    assertThat(drop.stored().stream().map(s -> messageId(s.text())).distinct())
        .hasSize(CLIENTS * MESSAGES);
  }

  @Test
  void takesMailFromJakartaMail() throws Exception {
    listener =
        MailListener.start(ListenerSettings.builder().smtpPort(0).ioThreads(2).build(), drop);

    jakarta.mail.Transport.send(
        StartTlsTest.message(StartTlsTest.session(listener.smtpPort(), false)));

    assertThat(drop.stored())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.envelope().tls()).isFalse();
              assertThat(s.envelope().helo()).isEqualTo("client.example.org");
              assertThat(s.text()).contains("with ESMTP id").contains("Hello over TLS");
            });
  }

  private static int send(int port, int client) throws Exception {
    int acknowledged = 0;
    try (SmtpScript smtp = SmtpScript.open(port)) {
      SmtpScript.expect(250, smtp.command("EHLO client" + client + ".example.org"));
      for (int m = 0; m < MESSAGES; m++) {
        SmtpScript.expect(250, smtp.command("MAIL FROM:<c" + client + "@example.org>"));
        SmtpScript.expect(250, smtp.command("RCPT TO:<support@parley.test>"));
        String message =
            "Message-ID: <" + client + "." + m + "@example.org>\r\nSubject: load\r\n\r\nbody\r\n";
        SmtpScript.expect(250, smtp.data(message));
        acknowledged++;
      }
      SmtpScript.expect(221, smtp.command("QUIT"));
    }
    return acknowledged;
  }

  private static String messageId(String text) {
    int at = text.indexOf("Message-ID: ");
    return text.substring(at, text.indexOf('\r', at));
  }
}
