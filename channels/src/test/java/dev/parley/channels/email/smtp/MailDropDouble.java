package dev.parley.channels.email.smtp;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-memory {@link MailDrop}: keeps what it is given, recognises a redelivery by Message-ID and
 * content (the listener's own Received header aside, which differs on every delivery), and can be
 * made to fail or to hold each drop until released.
 */
final class MailDropDouble implements MailDrop {

  /** One stored message. */
  record Stored(Envelope envelope, byte[] bytes) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The message without the Received header the listener put first. */
    byte[] received() {
      return withoutTrace(bytes);
    }
  }

  private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>\\r\\n]*>)");

  private final List<Stored> stored = new CopyOnWriteArrayList<>();
  private final Set<String> keys = ConcurrentHashMap.newKeySet();
  private final AtomicInteger calls = new AtomicInteger();
  private volatile Exception failure;
  private volatile CountDownLatch hold;
  private final CountDownLatch holding = new CountDownLatch(1);

  @Override
  public Dropped drop(Envelope envelope, InputStream message) throws Exception {
    calls.incrementAndGet();
    byte[] bytes = message.readAllBytes();
    CountDownLatch gate = hold;
    if (gate != null) {
      holding.countDown();
      if (!gate.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the drop");
      }
    }
    Exception fail = failure;
    if (fail != null) {
      throw fail;
    }
    if (!keys.add(key(bytes))) {
      return Dropped.DUPLICATE;
    }
    stored.add(new Stored(envelope, bytes));
    return Dropped.NEW;
  }

  /** From now on every drop throws {@code e} (nothing is stored). */
  void failWith(Exception e) {
    failure = e;
  }

  void succeed() {
    failure = null;
  }

  /** From now on every drop waits until {@link #release()}. */
  void hold() {
    hold = new CountDownLatch(1);
  }

  /** Waits until a drop is being held. */
  boolean awaitHolding() throws InterruptedException {
    return holding.await(10, TimeUnit.SECONDS);
  }

  void release() {
    hold.countDown();
  }

  List<Stored> stored() {
    return List.copyOf(stored);
  }

  int calls() {
    return calls.get();
  }

  private static String key(byte[] bytes) throws Exception {
    byte[] message = withoutTrace(bytes);
    Matcher id = MESSAGE_ID.matcher(new String(message, StandardCharsets.ISO_8859_1));
    String messageId = id.find() ? id.group(1) : "";
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(message);
    return messageId + " " + HexFormat.of().formatHex(digest);
  }

  /** Skips the first header field (the listener's Received, with its folded lines). */
  static byte[] withoutTrace(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int end = i;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      i = end + 1;
      if (i >= bytes.length || (bytes[i] != '\t' && bytes[i] != ' ')) {
        break;
      }
    }
    return java.util.Arrays.copyOfRange(bytes, Math.min(i, bytes.length), bytes.length);
  }
}
