package dev.parley.load.call;

import dev.parley.load.LoadHttp;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Brings the run's agents on and off: logs each in, opens its socket, ends whatever call an earlier
 * run left it holding and puts it AVAILABLE; at the end does the same tidying, goes OFFLINE and
 * closes the socket.
 */
final class CallDesks {

  /** A logged-in agent: its username and session cookie. */
  record Session(String name, String cookie) {}

  private final LoadHttp http;
  private final ExecutorService pool;

  CallDesks(LoadHttp http, ExecutorService pool) {
    this.http = http;
    this.pool = pool;
  }

  /** Connects every agent, adding each to {@code agents} (a synchronized list) once it is open. */
  void connect(List<String> names, Function<Session, CallAgent> make, List<CallAgent> agents) {
    forEach(
        names,
        name -> {
          CallAgent agent = make.apply(new Session(name, http.login(name, CallLoadSetup.PASSWORD)));
          try {
            agent.connect();
          } catch (Exception e) {
            throw new IllegalStateException("socket of " + name, e);
          }
          agents.add(agent);
          tidy(agent.cookie);
          presence(agent.cookie, "AVAILABLE");
        });
  }

  /** Tidies every agent, goes OFFLINE and closes its socket. */
  void close(List<CallAgent> agents) {
    List<CallAgent> all;
    synchronized (agents) {
      all = List.copyOf(agents);
    }
    forEach(
        all,
        a -> {
          try {
            tidy(a.cookie);
          } catch (RuntimeException e) {
            CallSignalingLoadRun.print("tidy_failed", a.username + ": " + e);
          }
        });
    CompletableFuture.allOf(all.stream().map(CallAgent::close).toArray(CompletableFuture[]::new))
        .join();
  }

  /** Accepts what is offered, ends what is ACTIVE, wraps up, then goes OFFLINE. */
  private void tidy(String cookie) {
    var state = http.get(cookie, "api/agent/state").json().asJsonObject();
    for (var offer : state.getJsonArray("offers").getValuesAs(JsonObject.class)) {
      http.post(cookie, "api/agent/offers/" + offer.getString("contactId") + "/accept", "");
    }
    state = http.get(cookie, "api/agent/state").json().asJsonObject();
    for (var contact : state.getJsonArray("contacts").getValuesAs(JsonObject.class)) {
      String id = contact.getString("contactId");
      if ("ACTIVE".equals(contact.getString("state"))) {
        http.post(cookie, "api/agent/contacts/" + id + "/end", "");
      }
      if (!"CLOSED".equals(contact.getString("state"))) {
        http.post(cookie, "api/agent/contacts/" + id + "/wrap-up", "{\"disposition\":null}");
      }
    }
    presence(cookie, "OFFLINE");
  }

  private void presence(String cookie, String presence) {
    LoadHttp.Reply r =
        http.put(cookie, "api/agent/presence", "{\"presence\":\"" + presence + "\"}");
    if (r.status() != 200) {
      throw new IllegalStateException("could not go " + presence + ": " + r);
    }
  }

  private <T> void forEach(List<T> items, Consumer<T> action) {
    CompletableFuture.allOf(
            items.stream()
                .map(a -> CompletableFuture.runAsync(() -> action.accept(a), pool))
                .toArray(CompletableFuture[]::new))
        .join();
  }
}
