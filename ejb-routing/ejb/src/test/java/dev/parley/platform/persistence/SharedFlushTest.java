package dev.parley.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedFlushTest {

  private final SharedFlush shared = new SharedFlush();
  private final ExecutorService threads = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void aLoneWriterRunsItsOwnFlush() {
    AtomicInteger flushes = new AtomicInteger();

    shared.flush(flushes::incrementAndGet);
    shared.flush(flushes::incrementAndGet);

    assertThat(flushes).hasValue(2);
  }

  @Test
  void writersQueuedBehindARunningFlushShareTheNextOne() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    AtomicInteger flushes = new AtomicInteger();
    Runnable checkpoint =
        () -> {
          if (flushes.incrementAndGet() == 1) {
            firstStarted.countDown();
            try {
              releaseFirst.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(() -> shared.flush(checkpoint), threads);
    assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

    List<CompletableFuture<Void>> queued = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      queued.add(CompletableFuture.runAsync(() -> shared.flush(checkpoint), threads));
    }
    // none of them may return on the running flush: it started before their calls
    await()
        .during(Duration.ofMillis(200))
        .atMost(Duration.ofSeconds(2))
        .until(() -> queued.stream().noneMatch(CompletableFuture::isDone));
    releaseFirst.countDown();

    CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    first.get(10, TimeUnit.SECONDS);
    // one flush for the six queued writers (a writer slower to queue than the release may need
    // one more); each running its own would be seven
    assertThat(flushes.get()).isBetween(2, 3);
  }

  @Test
  void aFailedFlushIsThrownToItsWriterAndTheNextWriterFlushesAgain() {
    AtomicInteger flushes = new AtomicInteger();

    assertThatThrownBy(
            () ->
                shared.flush(
                    () -> {
                      flushes.incrementAndGet();
                      throw new IllegalStateException("disk full");
                    }))
        .hasMessage("disk full");
    shared.flush(flushes::incrementAndGet);

    assertThat(flushes).hasValue(2);
  }
}
