package dev.parley.it.chat;

import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SmtpClient;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Nothing lost, nothing doubled (ADR 0021): a burst of 1,000 messages from senders that retry on
 * 4xx and on a dropped or refused connection, as mail servers do; the server is killed with {@code
 * kill -9} in the middle of it and started again. Afterwards exactly 1,000 e-mail contacts wait in
 * the queue — one per message, none twice (a message whose 250 the kill swallowed is sent again and
 * recognised) — and the server answers its readiness probe throughout the catching up. On H2 (the
 * embedded default) and, where {@code PARLEY_TEST_PG_URL} names one, on PostgreSQL.
 */
class EmailCrashIT {

  private static final int MESSAGES = 1000;
  private static final int SENDERS = 8;

  @Test
  void aKillMinus9InTheMiddleOfABurstLosesAndDoublesNothing() throws Exception {
    try (ParleyServer server = new ParleyServer("email-crash", 520).prepare()) {
      burstKilledInTheMiddle(server);
    }
  }

  /** The same on PostgreSQL, the production database (CI provides one: .ci/run). */
  @Test
  @EnabledIfEnvironmentVariable(named = "PARLEY_TEST_PG_URL", matches = ".+")
  void onPostgreSQLAKillMinus9InTheMiddleOfABurstLosesAndDoublesNothing() throws Exception {
    try (ParleyServer server =
        new ParleyServer("email-crash-pg", 530)
            .withProperty("parley.db.driver", "postgresql")
            .withProperty("parley.db.url", System.getenv("PARLEY_TEST_PG_URL"))
            .withProperty("parley.db.user", System.getenv("PARLEY_TEST_PG_USER"))
            .withProperty("parley.db.password", System.getenv("PARLEY_TEST_PG_PASSWORD"))
            .prepare()) {
      burstKilledInTheMiddle(server);
    }
  }

  private static void burstKilledInTheMiddle(ParleyServer server) throws Exception {
    server.start();
    EmailSetup setup = new EmailSetup(server.baseUri());
    SmtpClient smtp = new SmtpClient("127.0.0.1", server.smtpPort());
    ConcurrentLinkedQueue<Integer> todo = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < MESSAGES; i++) {
      todo.add(i);
    }
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger retries = new AtomicInteger();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    List<Future<?>> running = new ArrayList<>();
    for (int s = 0; s < SENDERS; s++) {
      running.add(
          senders.submit(
              () -> {
                Integer n;
                while ((n = todo.poll()) != null) {
                  String from = "burst-" + n + "-" + setup.unique + "@example.com";
                  String message =
                      "From: <%s>\r\nTo: <%s>\r\nSubject: Burst %d\r\nMessage-ID: <burst-%d-%s@x>\r\n\r\nMessage %d\r\n"
                          .formatted(from, setup.supportAddress, n, n, setup.unique, n);
                  while (true) {
                    String reply;
                    try {
                      reply = smtp.send(from, List.of(setup.supportAddress), message);
                    } catch (UncheckedIOException e) {
                      reply = "dropped";
                    }
                    if (reply.startsWith("250")) {
                      accepted.incrementAndGet();
                      break;
                    }
                    retries.incrementAndGet();
                    TimeUnit.MILLISECONDS.sleep(200);
                  }
                }
                return null;
              }));
    }
    await().atMost(Duration.ofSeconds(120)).until(() -> accepted.get() >= MESSAGES / 3);
    server.crash();
    server.start();
    // While the server catches up (the rest of the burst, the sweep filing what the kill left
    // stored and not filed), it stays ready: a readiness probe is asked every half second.
    AtomicInteger probes = new AtomicInteger();
    ConcurrentLinkedQueue<String> notReady = new ConcurrentLinkedQueue<>();
    ScheduledExecutorService readiness = Executors.newSingleThreadScheduledExecutor();
    readiness.scheduleWithFixedDelay(
        () -> {
          try {
            probes.incrementAndGet();
            if (!server.readyNow()) {
              notReady.add(LocalTime.now().toString());
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        0,
        500,
        TimeUnit.MILLISECONDS);
    try {
      for (Future<?> f : running) {
        f.get(5, TimeUnit.MINUTES);
      }
      senders.shutdown();
      assertThat(accepted.get()).isEqualTo(MESSAGES);
      assertThat(retries.get()).as("the senders had to retry").isPositive();

      ApiClient supervisor = ApiClient.loggedIn(server.baseUri(), SUPERVISOR, PASSWORD);
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofSeconds(2))
          .untilAsserted(() -> assertThat(waiting(supervisor, setup.queue)).isEqualTo(MESSAGES));
      await()
          .during(Duration.ofSeconds(12))
          .atMost(Duration.ofSeconds(30))
          .until(() -> waiting(supervisor, setup.queue) == MESSAGES);
      assertThat(probes.get()).isPositive();
      assertThat(notReady)
          .as("readiness probes answered other than 200 while catching up")
          .isEmpty();
    } catch (Exception | AssertionError e) {
      server.printThreads(); // what the server was doing, for a failure in CI
      throw e;
    } finally {
      readiness.shutdownNow();
    }
  }

  private static int waiting(ApiClient supervisor, String queue) {
    return supervisor
        .get("api/supervisor/queues")
        .jsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(q -> q.getString("queue").equals(queue))
        .findFirst()
        .map(q -> q.getInt("waiting"))
        .orElse(-1);
  }
}
