package dev.parley.web.platform.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialLaneTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void itemsFromManyThreadsRunOneAtATimeInTheOrderEachThreadOfferedThem() throws Exception {
    int producers = 4;
    int each = 20_000;
    List<int[]> seen = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger running = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    CountDownLatch all = new CountDownLatch(producers * each);
    SerialLane<int[]> lane =
        new SerialLane<>(
            pool,
            item -> {
              if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
              }
              seen.add(item);
              running.decrementAndGet();
              all.countDown();
            });

    List<Thread> threads = new ArrayList<>();
    for (int p = 0; p < producers; p++) {
      int producer = p;
      Thread t =
          new Thread(
              () -> {
                for (int i = 0; i < each; i++) {
                  lane.offer(new int[] {producer, i});
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }

    assertThat(all.await(30, TimeUnit.SECONDS)).as("every item ran").isTrue();
    assertThat(overlaps).hasValue(0);
    int[] next = new int[producers];
    synchronized (seen) {
      for (int[] item : seen) {
        assertThat(item[1]).as("producer %d's order", item[0]).isEqualTo(next[item[0]]++);
      }
    }
  }

  @Test
  void theOfferingThreadOnlyHandsOver() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch ran = new CountDownLatch(2);
    List<Thread> ranOn = Collections.synchronizedList(new ArrayList<>());
    SerialLane<String> lane =
        new SerialLane<>(
            pool,
            item -> {
              ranOn.add(Thread.currentThread());
              awaitQuietly(release);
              ran.countDown();
            });

    lane.offer("a"); // blocks its lane thread until released
    lane.offer("b"); // must not wait for "a"
    release.countDown();

    assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(ranOn).doesNotContain(Thread.currentThread());
  }

  @Test
  void aFailingItemDoesNotStopTheLaneAndARefusingExecutorMeansRunningInline() {
    List<String> done = new ArrayList<>();
    SerialLane<String> lane =
        new SerialLane<>(
            task -> {
              throw new RejectedExecutionException("shutting down");
            },
            item -> {
              if (item.equals("bad")) {
                throw new IllegalStateException("boom");
              }
              done.add(item);
            });

    lane.offer("a");
    lane.offer("bad");
    lane.offer("c");

    assertThat(done).containsExactly("a", "c");
  }

  @Test
  void aLongBacklogIsWorkedOffBySeveralTasksOneAfterTheOtherInOrder() {
    java.util.ArrayDeque<Runnable> tasks = new java.util.ArrayDeque<>();
    List<Integer> done = new ArrayList<>();
    SerialLane<Integer> lane = new SerialLane<>(tasks::add, done::add);
    int items = 2 * SerialLane.MAX_PER_TASK + 10;
    for (int i = 0; i < items; i++) {
      lane.offer(i);
    }
    assertThat(tasks).as("one task while the lane is taken").hasSize(1);

    int ran = 0;
    while (!tasks.isEmpty()) {
      tasks.poll().run();
      ran++;
      assertThat(tasks.size()).as("never two tasks at once").isLessThanOrEqualTo(1);
    }

    assertThat(ran).isEqualTo(3);
    assertThat(done).hasSize(items);
    for (int i = 0; i < items; i++) {
      assertThat(done.get(i)).isEqualTo(i);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
