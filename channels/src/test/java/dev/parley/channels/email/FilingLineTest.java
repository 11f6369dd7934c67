package dev.parley.channels.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.channels.email.EmailFiler.Received;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class FilingLineTest {

  private static Received mail(String id, int size) {
    return new Received(id, "someone@example.test", new byte[size]);
  }

  /** A filer that records each batch and holds the first until released. */
  private static final class HeldFiler implements Consumer<List<Received>> {
    final List<List<String>> batches = new CopyOnWriteArrayList<>();
    final CountDownLatch firstTaken = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void accept(List<Received> batch) {
      batches.add(batch.stream().map(Received::mail).toList());
      if (batches.size() == 1) {
        firstTaken.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    int filed() {
      return batches.stream().mapToInt(List::size).sum();
    }
  }

  private static void awaitFiled(HeldFiler filer, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (filer.filed() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(count, filer.filed());
  }

  @Test
  void aMessageAloneIsFiledAloneAndWhatGathersMeanwhileGoesInBatches() throws Exception {
    HeldFiler filer = new HeldFiler();
    try (FilingLine line = new FilingLine(filer, Thread::new, 1, 4, 1_000_000)) {
      assertTrue(line.offer(mail("m-0", 10)));
      assertTrue(filer.firstTaken.await(10, TimeUnit.SECONDS));
      for (int i = 1; i <= 10; i++) {
        assertTrue(line.offer(mail("m-" + i, 10)));
      }
      assertTrue(line.holds("m-0"), "being filed");
      assertTrue(line.holds("m-10"), "waiting");
      filer.release.countDown();
      awaitFiled(filer, 11);
      assertEquals(
          List.of(
              List.of("m-0"),
              List.of("m-1", "m-2", "m-3", "m-4"),
              List.of("m-5", "m-6", "m-7", "m-8"),
              List.of("m-9", "m-10")),
          filer.batches);
      Thread.sleep(50); // the worker clears its batch after the filer returns
      assertFalse(line.holds("m-10"), "filed: the sweep may take it again");
    }
  }

  @Test
  void whatDoesNotFitIsLeftToTheSweep() throws Exception {
    HeldFiler filer = new HeldFiler();
    try (FilingLine line = new FilingLine(filer, Thread::new, 1, 50, 100)) {
      assertTrue(line.offer(mail("m-1", 60)));
      assertTrue(filer.firstTaken.await(10, TimeUnit.SECONDS));
      assertFalse(line.offer(mail("m-2", 60)), "60 + 60 bytes > 100");
      assertFalse(line.holds("m-2"));
      assertTrue(line.offer(mail("m-3", 40)));
      filer.release.countDown();
      awaitFiled(filer, 2);
      Thread.sleep(50);
      assertTrue(line.offer(mail("m-2", 60)), "room again once filed");
      awaitFiled(filer, 3);
    }
  }

  @Test
  void aFailingBatchDoesNotStopTheLine() throws Exception {
    List<String> filed = new CopyOnWriteArrayList<>();
    Consumer<List<Received>> filer =
        batch -> {
          if (batch.get(0).mail().equals("bad")) {
            throw new IllegalStateException("the database is away");
          }
          batch.forEach(r -> filed.add(r.mail()));
        };
    try (FilingLine line = new FilingLine(filer, Thread::new, 1, 1, 1_000)) {
      line.offer(mail("bad", 1));
      line.offer(mail("good", 1));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (filed.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(List.of("good"), filed);
      assertFalse(line.holds("bad"), "left stored and unfiled, for the sweep");
    }
  }

  @Test
  void closingLeavesWhatWaitsToTheSweepAndTakesNoMore() throws Exception {
    HeldFiler filer = new HeldFiler();
    FilingLine line = new FilingLine(filer, Thread::new, 1, 50, 1_000);
    line.offer(mail("m-1", 1));
    assertTrue(filer.firstTaken.await(10, TimeUnit.SECONDS));
    line.offer(mail("m-2", 1));
    filer.release.countDown();
    line.close();
    assertFalse(line.offer(mail("m-3", 1)));
    assertFalse(line.holds("m-3"));
    assertTrue(filer.filed() <= 2);
  }
}
