package dev.parley.web.platform.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutboxTest {

  /**
   * Test double of a container session (no WebSocket container runs in unit tests): records frames
   * and completes each send inline, later by the test, or on another thread; fails the test's
   * expectations if a send starts while another is in flight.
   */
  static final class FakeSession {
    enum Completion {
      INLINE,
      MANUAL,
      OTHER_THREAD
    }

    final List<String> sent = new ArrayList<>();
    final ConcurrentLinkedQueue<SendHandler> pending = new ConcurrentLinkedQueue<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger overlaps = new AtomicInteger();
    volatile boolean open = true;
    volatile CloseReason closedWith;
    final Completion completion;
    final ExecutorService io = Executors.newSingleThreadExecutor();

    FakeSession(Completion completion) {
      this.completion = completion;
    }

    Session session() {
      RemoteEndpoint.Async async =
          (RemoteEndpoint.Async)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {RemoteEndpoint.Async.class},
                  (p, m, args) -> {
                    if (m.getName().equals("sendText") && args.length == 2) {
                      send((String) args[0], (SendHandler) args[1]);
                      return null;
                    }
                    throw new UnsupportedOperationException(m.getName());
                  });
      return (Session)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {Session.class},
              (p, m, args) ->
                  switch (m.getName()) {
                    case "getAsyncRemote" -> async;
                    case "isOpen" -> open;
                    case "close" -> {
                      closedWith = (CloseReason) args[0];
                      open = false;
                      yield null;
                    }
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> throw new UnsupportedOperationException(m.getName());
                  });
    }

    private void send(String frame, SendHandler done) {
      if (inFlight.incrementAndGet() > 1) {
        overlaps.incrementAndGet();
      }
      synchronized (sent) {
        sent.add(frame);
      }
      Runnable complete =
          () -> {
            inFlight.decrementAndGet();
            done.onResult(new SendResult());
          };
      switch (completion) {
        case INLINE -> complete.run();
        case MANUAL -> pending.add(result -> complete.run());
        case OTHER_THREAD -> io.execute(complete);
      }
    }

    void completeOne() {
      pending.poll().onResult(new SendResult());
    }
  }

  @Test
  void sendsInOrderWithOneSendInFlight() {
    FakeSession fake = new FakeSession(FakeSession.Completion.MANUAL);
    Outbox outbox = new Outbox(fake.session(), "agent1");

    assertThat(outbox.send("a")).isTrue();
    assertThat(outbox.send("b")).isTrue();
    assertThat(outbox.send("c")).isTrue();
    assertThat(fake.sent).containsExactly("a");
    assertThat(outbox.waiting()).isEqualTo(2);

    fake.completeOne();
    assertThat(fake.sent).containsExactly("a", "b");
    fake.completeOne();
    fake.completeOne();
    assertThat(fake.sent).containsExactly("a", "b", "c");
    assertThat(outbox.waiting()).isZero();
    assertThat(fake.overlaps).hasValue(0);

    // Idle again: the next frame goes out at once.
    outbox.send("d");
    assertThat(fake.sent).containsExactly("a", "b", "c", "d");
  }

  @Test
  void sendsCompletedInsideTheCallDoNotRecurse() {
    FakeSession fake = new FakeSession(FakeSession.Completion.INLINE);
    Outbox outbox = new Outbox(fake.session(), "agent1");
    for (int i = 0; i < 100_000; i++) {
      outbox.send("f" + i);
    }
    assertThat(fake.sent).hasSize(100_000).startsWith("f0", "f1").endsWith("f99999");
    assertThat(fake.overlaps).hasValue(0);
  }

  @Test
  void concurrentSendersLoseNothingAndNeverOverlap() throws Exception {
    FakeSession fake = new FakeSession(FakeSession.Completion.OTHER_THREAD);
    Outbox outbox = new Outbox(fake.session(), "agent1");
    int threads = 4;
    int each = 500; // 2,000 in all: below MAX_WAITING even if nothing completed meanwhile
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < threads; t++) {
      int thread = t;
      pool.execute(
          () -> {
            try {
              start.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            for (int i = 0; i < each; i++) {
              outbox.send(thread + ":" + i);
            }
          });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    await().atMost(Duration.ofSeconds(30)).until(() -> sentCount(fake) >= threads * each);
    fake.io.shutdown();
    assertThat(fake.io.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    List<String> sent;
    synchronized (fake.sent) {
      sent = new ArrayList<>(fake.sent);
    }
    assertThat(sent).hasSize(threads * each).doesNotHaveDuplicates();
    assertThat(fake.overlaps).hasValue(0);
    // Each sender's frames keep their order.
    for (int t = 0; t < threads; t++) {
      String prefix = t + ":";
      List<Integer> order =
          sent.stream()
              .filter(f -> f.startsWith(prefix))
              .map(f -> Integer.parseInt(f.substring(prefix.length())))
              .toList();
      assertThat(order).isSorted();
    }
  }

  private static int sentCount(FakeSession fake) {
    synchronized (fake.sent) {
      return fake.sent.size();
    }
  }

  @Test
  void aClientTooFarBehindIsDisconnectedAndLaterFramesAreRefused() {
    FakeSession fake = new FakeSession(FakeSession.Completion.MANUAL);
    Outbox outbox = new Outbox(fake.session(), "agent1");
    assertThat(outbox.send("in flight")).isTrue();
    for (int i = 0; i < Outbox.MAX_WAITING; i++) {
      assertThat(outbox.send("w" + i)).isTrue();
    }
    assertThat(outbox.send("one too many")).isFalse();
    assertThat(fake.closedWith.getCloseCode()).isEqualTo(CloseReason.CloseCodes.TRY_AGAIN_LATER);
    assertThat(outbox.send("after")).isFalse();
    fake.completeOne(); // the frame in flight finishes; nothing queued is written any more
    assertThat(fake.sent).containsExactly("in flight");
  }

  @Test
  void aClosedSessionTakesNothing() {
    FakeSession fake = new FakeSession(FakeSession.Completion.INLINE);
    Outbox outbox = new Outbox(fake.session(), "agent1");
    fake.open = false;
    assertThat(outbox.send("x")).isFalse();
    assertThat(fake.sent).isEmpty();
  }
}
