package dev.parley.channels.email.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class MailListenerLifecycleTest {

  @Test
  void namesItsThreadsAndEndsThemAndItsSocketsOnStop() throws IOException {
    MailListener listener =
        MailListener.start(
            ListenerSettings.builder().smtpPort(0).lmtpPort(0).ioThreads(3).build(),
            new MailDropDouble());
    int smtp = listener.smtpPort();
    int lmtp = listener.lmtpPort().orElseThrow();
    try (SmtpScript client = SmtpScript.open(smtp)) {
      assertThat(threads()).isGreaterThanOrEqualTo(2);

      listener.stop();

      assertThat(client.closedByServer()).isTrue();
    }
    assertThat(threads()).isZero();
    Assertions.assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", smtp).close());
    Assertions.assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", lmtp).close());
  }

  @Test
  void runsTwoListenersSideBySide() throws IOException {
    MailDropDouble one = new MailDropDouble();
    MailDropDouble two = new MailDropDouble();
    try (MailListener a =
            MailListener.start(ListenerSettings.builder().smtpPort(0).ioThreads(1).build(), one);
        MailListener b =
            MailListener.start(ListenerSettings.builder().smtpPort(0).ioThreads(1).build(), two)) {
      try (SmtpScript smtp = SmtpScript.open(b.smtpPort())) {
        smtp.envelope("EHLO relay.example.org", "customer@example.org", "support@parley.test");
        SmtpScript.expect(250, smtp.data(SmtpSessionTest.MESSAGE));
      }
      assertThat(a.smtpPort()).isNotEqualTo(b.smtpPort());
    }
    assertThat(one.stored()).isEmpty();
    assertThat(two.stored()).hasSize(1);
  }

  @Test
  void runsOnThreadsOfTheGivenFactoryNamedAsItsOwn() throws Exception {
    java.util.concurrent.atomic.AtomicInteger made =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ThreadFactory container =
        task -> {
          made.incrementAndGet();
          Thread thread = new Thread(task);
          thread.setDaemon(true);
          return thread;
        };
    MailDropDouble drop = new MailDropDouble();
    try (MailListener listener =
        MailListener.start(
            ListenerSettings.builder().smtpPort(0).ioThreads(2).build(),
            drop,
            java.time.Clock.systemUTC(),
            container)) {
      try (SmtpScript smtp = SmtpScript.open(listener.smtpPort())) {
        smtp.envelope("EHLO relay.example.org", "customer@example.org", "support@parley.test");
        SmtpScript.expect(250, smtp.data(SmtpSessionTest.MESSAGE));
      }
      assertThat(made.get()).isGreaterThanOrEqualTo(2);
      assertThat(threads()).isGreaterThanOrEqualTo(2);
    }
    assertThat(drop.stored()).hasSize(1);
    assertThat(threads()).isZero();
  }

  private static long threads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(t -> t.getName().startsWith("parley-smtp-"))
        .count();
  }
}
