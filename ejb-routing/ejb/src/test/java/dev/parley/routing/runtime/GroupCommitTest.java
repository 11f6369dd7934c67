package dev.parley.routing.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.platform.clock.Ticker;
import dev.parley.routing.api.RoutingRefusedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Group commit with real threads: batching, per-caller outcomes, failure, back-pressure. */
class GroupCommitTest {
  private final ExecutorService pool = Executors.newCachedThreadPool();

  /** Sizes of the batches the runner saw, in order. */
  private final List<Integer> batches = new CopyOnWriteArrayList<>();

  private final AtomicInteger inBatch = new AtomicInteger();
  private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** The writer's time source: the real one unless a test sets a {@link ManualTicker}. */
  private Ticker ticker = Ticker.SYSTEM;

  /** {@code ticker.nanoTime()} at the start of each batch, in order. */
  private final List<Long> starts = new CopyOnWriteArrayList<>();

  /** A runner that records each batch's size, as a transaction wrapper would wrap it. */
  private GroupCommit commit(int maxQueued, long maxWaitMillis) {
    return commit(maxQueued, maxWaitMillis, 0);
  }

  private GroupCommit commit(int maxQueued, long maxWaitMillis, long minIntervalMillis) {
    return new GroupCommit(
        ticker,
        maxQueued,
        256,
        maxWaitMillis,
        TimeUnit.MILLISECONDS.toNanos(minIntervalMillis),
        batch -> {
          starts.add(ticker.nanoTime());
          inBatch.set(0);
          batch.run();
          batches.add(inBatch.get());
        },
        failures::add);
  }

  private <T> java.util.function.Supplier<T> counted(java.util.function.Supplier<T> op) {
    return () -> {
      inBatch.incrementAndGet();
      return op.get();
    };
  }

  @Test
  void aLoneCallerRunsItsOwnOperationAndGetsItsResult() {
    GroupCommit gc = commit(10, 1000);
    assertThat(gc.<String>submit(counted(() -> "a"))).isEqualTo("a");
    assertThat(gc.<String>submit(counted(() -> "b"))).isEqualTo("b");
    assertThat(batches).containsExactly(1, 1);
  }

  @Test
  void callersArrivingDuringABatchAreRunTogetherInTheNextOneEachWithItsOwnResult()
      throws Exception {
    GroupCommit gc = commit(100, 10_000);
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<String> first =
        pool.submit(
            () ->
                gc.<String>submit(
                    counted(
                        () -> {
                          firstRunning.countDown();
                          await(release);
                          return "first";
                        })));
    assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();
    List<Future<Integer>> others = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int n = i;
      others.add(pool.submit(() -> gc.<Integer>submit(counted(() -> n * n))));
    }
    waitUntil(() -> gc.waitingCallers() == 20);
    release.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
    for (int i = 0; i < 20; i++) {
      assertThat(others.get(i).get(5, TimeUnit.SECONDS)).isEqualTo(i * i);
    }
    assertThat(batches).containsExactly(1, 20); // one commit for the twenty
  }

  @Test
  void aRefusalAnswersOnlyItsCallerAndTheBatchGoesOn() throws Exception {
    GroupCommit gc = commit(100, 10_000);
    CountDownLatch release = new CountDownLatch(1);
    Future<String> blocker = holdWriter(gc, release);
    Future<String> refused =
        pool.submit(
            () ->
                gc.<String>submit(
                    () -> {
                      throw new RoutingRefusedException(
                          RoutingRefusedException.Kind.CONFLICT, "offer gone");
                    }));
    waitUntil(() -> gc.waitingCallers() == 1);
    Future<String> fine = pool.submit(() -> gc.<String>submit(() -> "fine"));
    waitUntil(() -> gc.waitingCallers() == 2);
    release.countDown();
    assertThat(blocker.get(5, TimeUnit.SECONDS)).isEqualTo("x");
    assertThatThrownBy(() -> refused.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("offer gone");
    assertThat(fine.get(5, TimeUnit.SECONDS)).isEqualTo("fine");
    assertThat(failures).isEmpty();
  }

  @Test
  void anyOtherFailureFailsEveryCallerOfItsBatchAndIsReportedOnce() throws Exception {
    GroupCommit gc = commit(100, 10_000);
    CountDownLatch release = new CountDownLatch(1);
    Future<String> blocker = holdWriter(gc, release);
    Future<String> ok = pool.submit(() -> gc.<String>submit(() -> "would have been fine"));
    waitUntil(() -> gc.waitingCallers() == 1);
    Future<String> broken =
        pool.submit(
            () ->
                gc.<String>submit(
                    () -> {
                      throw new IllegalStateException("disk full");
                    }));
    waitUntil(() -> gc.waitingCallers() == 2);
    release.countDown();
    assertThat(blocker.get(5, TimeUnit.SECONDS)).isEqualTo("x");
    // Same batch: the first caller's result was never stored, so it gets the failure too.
    assertThatThrownBy(() -> ok.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("disk full");
    assertThatThrownBy(() -> broken.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("disk full");
    assertThat(failures).hasSize(1);
    assertThat(gc.<String>submit(() -> "next batch")).isEqualTo("next batch");
  }

  @Test
  void beyondTheWaitingLimitACallerIsRefusedAtOnceAndItsOperationNeverRuns() throws Exception {
    GroupCommit gc = commit(1, 10_000);
    CountDownLatch release = new CountDownLatch(1);
    holdWriter(gc, release);
    Future<String> second = pool.submit(() -> gc.<String>submit(() -> "second"));
    waitUntil(() -> gc.waitingCallers() == 1);
    AtomicInteger ran = new AtomicInteger();
    assertThatThrownBy(
            () ->
                gc.<String>submit(
                    () -> {
                      ran.incrementAndGet();
                      return "third";
                    }))
        .isInstanceOfSatisfying(
            RoutingRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RoutingRefusedException.Kind.BUSY));
    release.countDown();
    assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
    assertThat(ran).hasValue(0);
  }

  @Test
  void aCallerWhoseBatchDoesNotStartInTimeIsRefusedAndItsOperationNeverRuns() throws Exception {
    GroupCommit gc = commit(10, 200);
    CountDownLatch release = new CountDownLatch(1);
    holdWriter(gc, release);
    AtomicInteger ran = new AtomicInteger();
    assertThatThrownBy(
            () ->
                gc.<String>submit(
                    () -> {
                      ran.incrementAndGet();
                      return "late";
                    }))
        .isInstanceOfSatisfying(
            RoutingRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RoutingRefusedException.Kind.BUSY));
    release.countDown();
    assertThat(gc.<String>submit(() -> "after")).isEqualTo("after");
    assertThat(ran).hasValue(0);
  }

  @Test
  void manyConcurrentCallersEachGetTheirOwnResultPromptly() throws Exception {
    // A waiting caller is woken by the runner; a lost wake-up would leave it parked until its
    // 60 s limit, far beyond the 10 s this test allows for everything.
    GroupCommit gc = commit(10_000, 60_000);
    int threads = 16;
    int each = 400;
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int base = t * each;
      done.add(
          pool.submit(
              () -> {
                int sum = 0;
                for (int i = 0; i < each; i++) {
                  int n = base + i;
                  sum += gc.<Integer>submit(counted(() -> n)) == n ? 1 : 0;
                }
                return sum;
              }));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    for (Future<Integer> f : done) {
      assertThat(f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS))
          .isEqualTo(each);
    }
    assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(threads * each);
    assertThat(gc.waitingCallers()).isZero();
  }

  @Test
  void underLoadBatchesStartNoSoonerThanTheIntervalAfterThePreviousOne() throws Exception {
    GroupCommit gc = commit(10_000, 60_000, 20);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 10; i++) {
                  gc.<Integer>submit(counted(() -> 1));
                }
                return 10;
              }));
    }
    for (Future<Integer> f : done) {
      assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(10);
    }
    assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(80);
    for (int i = 1; i < starts.size(); i++) {
      assertThat(starts.get(i) - starts.get(i - 1))
          .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(20));
    }
    // Eight callers each waiting for their previous result: batches of several, not one each.
    assertThat(batches.size()).isLessThan(80);
  }

  @Test
  void callersQueueingDuringTheIntervalShareOneBatch() throws Exception {
    GroupCommit gc = commit(100, 60_000, 2_000);
    assertThat(gc.<String>submit(counted(() -> "first"))).isEqualTo("first");
    // The next batch may start two seconds after the first: all five callers are queued by then.
    List<Future<Integer>> others = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int n = i;
      others.add(pool.submit(() -> gc.<Integer>submit(counted(() -> n))));
    }
    for (int i = 0; i < 5; i++) {
      assertThat(others.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
    }
    assertThat(batches).containsExactly(1, 5);
  }

  @Test
  void aCallerAfterAQuietSpellDoesNotWaitForTheInterval() {
    ManualTicker manual = new ManualTicker();
    ticker = manual;
    GroupCommit gc = commit(10, 60_000, 1_000);
    long first = manual.nanoTime();
    gc.submit(counted(() -> "first"));
    assertThat(starts.get(0) - first).as("the very first batch does not wait").isZero();

    manual.advance(TimeUnit.MILLISECONDS.toNanos(1_200)); // quieter than the interval
    long before = manual.nanoTime();
    gc.submit(counted(() -> "second"));
    assertThat(starts.get(1)).as("started at once: no interval waited out").isEqualTo(before);
  }

  @Test
  void aCallerRightAfterABatchWaitsOutTheRestOfTheInterval() {
    ManualTicker manual = new ManualTicker();
    ticker = manual;
    GroupCommit gc = commit(10, 60_000, 1_000);
    gc.submit(counted(() -> "first"));

    manual.advance(TimeUnit.MILLISECONDS.toNanos(300));
    gc.submit(counted(() -> "second"));
    assertThat(starts.get(1) - starts.get(0)).isEqualTo(TimeUnit.MILLISECONDS.toNanos(1_000));
  }

  /**
   * Time that moves only when told, or when the writer waits (its wait then takes exactly the time
   * asked for); for tests in which one thread at a time uses the writer.
   */
  private static final class ManualTicker implements Ticker {
    private long now = 1_000_000_000L;

    void advance(long nanos) {
      now += nanos;
    }

    @Override
    public synchronized long nanoTime() {
      return now;
    }

    @Override
    public synchronized void parkNanos(Object blocker, long nanos) {
      now += nanos;
    }
  }

  @Test
  void anIntervalAsLongAsTheWaitLimitIsRefused() {
    assertThatThrownBy(() -> commit(10, 100, 100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> commit(10, 100, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Starts an operation that holds the writer (its batch is running) until {@code release} opens;
   * returns once it is running. Its result is "x".
   */
  private Future<String> holdWriter(GroupCommit gc, CountDownLatch release)
      throws InterruptedException {
    CountDownLatch running = new CountDownLatch(1);
    Future<String> holder =
        pool.submit(
            () ->
                gc.<String>submit(
                    () -> {
                      running.countDown();
                      await(release);
                      return "x";
                    }));
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
    return holder;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("test latch never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(condition);
  }
}
