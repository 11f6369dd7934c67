package dev.parley.web.platform.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Pacer} on a hand-driven scheduler and clock: nothing runs until the test says so. */
class PacerTest {

  /** Scheduled tasks with their delays; {@link #runNext()} runs the oldest. */
  private static final class HandScheduler implements Pacer.Scheduler {
    final List<Runnable> tasks = new ArrayList<>();
    final List<Long> delays = new ArrayList<>();
    boolean refusing;

    @Override
    public void schedule(Runnable task, long delayMillis) {
      if (refusing) {
        throw new RejectedExecutionException("stopping");
      }
      tasks.add(task);
      delays.add(delayMillis);
    }

    void runNext() {
      tasks.remove(0).run();
    }
  }

  private final HandScheduler scheduler = new HandScheduler();
  private long nanos = 1_000_000_000L;
  private final AtomicInteger runs = new AtomicInteger();
  private Runnable during = () -> {};
  private final Pacer pacer =
      new Pacer(
          scheduler,
          250,
          () -> nanos,
          () -> {
            runs.incrementAndGet();
            during.run();
          });

  @Test
  void theFirstRequestRunsAtOnceOnTheScheduler() {
    pacer.request();

    assertThat(runs).hasValue(0); // never on the requesting thread
    assertThat(scheduler.delays).containsExactly(0L);
    scheduler.runNext();
    assertThat(runs).hasValue(1);
  }

  @Test
  void aBurstOfRequestsBecomesOneRun() {
    for (int i = 0; i < 1_000; i++) {
      pacer.request();
    }

    assertThat(scheduler.tasks).hasSize(1);
    scheduler.runNext();
    assertThat(runs).hasValue(1);
    assertThat(scheduler.tasks).isEmpty();
  }

  @Test
  void aRequestSoonAfterARunWaitsForTheRestOfTheInterval() {
    pacer.request();
    scheduler.runNext();
    nanos += 100_000_000L; // 100 ms later

    pacer.request();
    pacer.request();

    assertThat(scheduler.delays).containsExactly(0L, 150L);
  }

  @Test
  void aRequestLongAfterARunRunsAtOnce() {
    pacer.request();
    scheduler.runNext();
    nanos += 5_000_000_000L;

    pacer.request();

    assertThat(scheduler.delays).containsExactly(0L, 0L);
  }

  @Test
  void requestsDuringARunMakeOneMoreRunAfterIt() {
    during =
        () -> {
          if (runs.get() == 1) {
            nanos += 50_000_000L; // the run takes 50 ms, and changes come meanwhile
            pacer.request();
            pacer.request();
            assertThat(scheduler.tasks).as("nothing scheduled while running").isEmpty();
          }
        };
    pacer.request();

    scheduler.runNext();

    assertThat(scheduler.delays).containsExactly(0L, 200L);
    scheduler.runNext();
    assertThat(runs).hasValue(2);
    assertThat(scheduler.tasks).isEmpty();
  }

  @Test
  void aFailingRunDoesNotStopLaterRuns() {
    during =
        () -> {
          throw new IllegalStateException("routing is busy");
        };
    pacer.request();
    scheduler.runNext();

    pacer.request();

    assertThat(scheduler.tasks).hasSize(1);
  }

  @Test
  void aRefusedScheduleIsForgottenSoALaterRequestTriesAgain() {
    scheduler.refusing = true;
    pacer.request();
    scheduler.refusing = false;

    pacer.request();

    assertThat(scheduler.tasks).hasSize(1);
  }
}
