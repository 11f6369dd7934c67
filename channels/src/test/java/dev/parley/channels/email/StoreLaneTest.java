package dev.parley.channels.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.email.IncomingMail;
import dev.parley.email.MailEnvelope;
import dev.parley.email.MailStore;
import dev.parley.email.StoredMail;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoreLaneTest {

  /**
   * Test double of the store (the real one is an EJB on a database): keeps messages by their text,
   * refuses a whole group holding one whose text starts with "bad", and can hold the first group
   * until released so that others queue up behind it.
   */
  static final class StoreDouble {
    final Map<String, String> kept = new ConcurrentHashMap<>();
    final List<Integer> groups = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch firstGroupRunning = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    MailStore proxy() {
      return (MailStore)
          Proxy.newProxyInstance(
              MailStore.class.getClassLoader(),
              new Class<?>[] {MailStore.class},
              (p, method, args) -> {
                if (!method.getName().equals("storeAll")) {
                  throw new UnsupportedOperationException(method.getName());
                }
                @SuppressWarnings("unchecked")
                List<IncomingMail> mails = (List<IncomingMail>) args[0];
                return storeAll(mails);
              });
    }

    private List<StoredMail> storeAll(List<IncomingMail> mails) throws InterruptedException {
      if (groups.isEmpty()) {
        firstGroupRunning.countDown();
        release.await(10, TimeUnit.SECONDS);
      }
      groups.add(mails.size());
      List<String> texts =
          mails.stream().map(m -> new String(m.message(), StandardCharsets.UTF_8)).toList();
      if (texts.stream().anyMatch(t -> t.startsWith("bad"))) {
        throw new IllegalStateException("refused");
      }
      List<StoredMail> out = new ArrayList<>();
      for (String t : texts) {
        boolean again = kept.putIfAbsent(t, "m-" + t) != null;
        out.add(new StoredMail("m-" + t, again, StoredMail.MailState.RECEIVED, null));
      }
      return out;
    }
  }

  private static IncomingMail mail(String text) {
    return new IncomingMail(
        new MailEnvelope(
            "a@example.com",
            List.of("s@example.com"),
            "127.0.0.1",
            "h",
            "SMTP",
            false,
            Instant.now()),
        null,
        text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void messagesArrivingTogetherShareATransactionAndEachGetsItsOwnAnswer() throws Exception {
    StoreDouble db = new StoreDouble();
    ExecutorService sessions = Executors.newFixedThreadPool(9);
    try (StoreLane lane = new StoreLane(db.proxy(), Thread::new)) {
      Future<StoredMail> first = sessions.submit(() -> lane.store(mail("first")));
      assertTrue(db.firstGroupRunning.await(5, TimeUnit.SECONDS));
      List<Future<StoredMail>> later = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String text = "later-" + i;
        later.add(sessions.submit(() -> lane.store(mail(text))));
      }
      Thread.sleep(200); // the eight wait behind the first group
      db.release.countDown();
      assertEquals("m-first", first.get(5, TimeUnit.SECONDS).id());
      for (int i = 0; i < 8; i++) {
        assertEquals("m-later-" + i, later.get(i).get(5, TimeUnit.SECONDS).id());
      }
      assertEquals(List.of(1, 8), db.groups);
    } finally {
      sessions.shutdownNow();
    }
  }

  @Test
  void aGroupThatFailsIsStoredMessageByMessageSoOneBadMessageCostsTheOthersNothing()
      throws Exception {
    StoreDouble db = new StoreDouble();
    ExecutorService sessions = Executors.newFixedThreadPool(4);
    try (StoreLane lane = new StoreLane(db.proxy(), Thread::new)) {
      Future<StoredMail> first = sessions.submit(() -> lane.store(mail("first")));
      assertTrue(db.firstGroupRunning.await(5, TimeUnit.SECONDS));
      Future<StoredMail> good = sessions.submit(() -> lane.store(mail("good")));
      Future<StoredMail> bad = sessions.submit(() -> lane.store(mail("bad one")));
      Future<StoredMail> same = sessions.submit(() -> lane.store(mail("good")));
      Thread.sleep(200);
      db.release.countDown();
      first.get(5, TimeUnit.SECONDS);
      StoredMail a = good.get(5, TimeUnit.SECONDS);
      StoredMail b = same.get(5, TimeUnit.SECONDS);
      Exception refused = assertThrows(Exception.class, () -> bad.get(5, TimeUnit.SECONDS));
      assertTrue(refused.getCause() instanceof IllegalStateException, refused.toString());
      assertEquals("m-good", a.id());
      assertEquals("m-good", b.id());
      assertTrue(a.duplicate() != b.duplicate(), "one stored, the other its duplicate");
      assertEquals(2, db.kept.size());
      assertFalse(db.kept.containsKey("bad one"));
    } finally {
      sessions.shutdownNow();
    }
  }

  @Test
  void afterCloseMessagesAreRefusedSoTheSenderRetries() {
    StoreDouble db = new StoreDouble();
    db.release.countDown();
    StoreLane lane = new StoreLane(db.proxy(), Thread::new);
    lane.close();
    assertThrows(IllegalStateException.class, () -> lane.store(mail("late")));
  }
}
