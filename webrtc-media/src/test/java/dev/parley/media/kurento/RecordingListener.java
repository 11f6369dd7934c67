package dev.parley.media.kurento;

import dev.parley.call.CallSignal;
import dev.parley.media.spi.MediaListener;
import dev.parley.media.spi.RecordedFile;
import dev.parley.routing.api.id.ContactId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A {@link MediaListener} that keeps what it hears, for tests to await and assert. */
final class RecordingListener implements MediaListener {

  record Sent(ContactId call, String to, String from, CallSignal signal) {}

  record Recorded(ContactId call, List<RecordedFile> files) {}

  final List<Sent> signals = new CopyOnWriteArrayList<>();
  final Map<ContactId, String> failures = new ConcurrentHashMap<>();
  final Map<ContactId, List<RecordedFile>> recorded = new ConcurrentHashMap<>();
  final List<Recorded> reports = new CopyOnWriteArrayList<>();
  final List<String> heard = new CopyOnWriteArrayList<>();

  /** Hears every signal too, on the thread that sent it (RealKurentoIT's loopback browsers). */
  volatile Consumer<Sent> forward = sent -> {};

  @Override
  public void signal(ContactId call, String to, String from, CallSignal signal) {
    Sent sent = new Sent(call, to, from, signal);
    signals.add(sent);
    forward.accept(sent);
  }

  @Override
  public void failed(ContactId call, String reason) {
    heard.add("failed " + call.value());
    failures.put(call, reason);
  }

  @Override
  public void recorded(ContactId call, List<RecordedFile> files) {
    heard.add("recorded " + call.value());
    reports.add(new Recorded(call, List.copyOf(files)));
    recorded.put(call, List.copyOf(files));
  }

  <T extends CallSignal> List<T> sent(ContactId call, String to, Class<T> type) {
    return signals.stream()
        .filter(s -> s.call().equals(call) && s.to().equals(to))
        .map(Sent::signal)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }
}
