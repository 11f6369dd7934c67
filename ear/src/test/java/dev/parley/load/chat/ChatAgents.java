package dev.parley.load.chat;

import dev.parley.load.LoadHttp;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Brings the run's agents on and off: logs each in, opens its socket and puts it AVAILABLE; with
 * tidying on, first (and again at the end) accepts, ends and wraps up whatever it holds and goes
 * OFFLINE, so no chat of an earlier run takes capacity.
 */
final class ChatAgents {

  /** A logged-in agent: its username and session cookie. */
  record Session(String name, String cookie) {}

  private final LoadHttp http;
  private final ExecutorService pool;
  private final boolean tidy;

  ChatAgents(LoadHttp http, ExecutorService pool, boolean tidy) {
    this.http = http;
    this.pool = pool;
    this.tidy = tidy;
  }

  /**
   * Connects every agent, adding each to {@code agents} (a synchronized list) as soon as its socket
   * is open, so the heartbeat reaches it while the others still log in.
   */
  void connect(List<String> names, Function<Session, ChatAgent> make, List<ChatAgent> agents) {
    forEach(
        names,
        name -> {
          ChatAgent agent = make.apply(new Session(name, http.login(name, ChatLoadSetup.PASSWORD)));
          try {
            agent.connect();
          } catch (Exception e) {
            throw new IllegalStateException("socket of " + name, e);
          }
          agents.add(agent);
          if (tidy) {
            tidy(agent.cookie);
          }
          presence(agent.cookie, "AVAILABLE");
        });
  }

  /** Tidies (if on) and closes every agent's socket. */
  void close(List<ChatAgent> agents) {
    long start = System.nanoTime();
    if (tidy) {
      forEach(agents, a -> tidy(a.cookie));
      ChatLoadRun.print("tidy_after_seconds", (System.nanoTime() - start) / 1e9);
    }
    CompletableFuture.allOf(agents.stream().map(ChatAgent::close).toArray(CompletableFuture[]::new))
        .join();
  }

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
      http.post(cookie, "api/agent/contacts/" + id + "/wrap-up", "{\"disposition\":null}");
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

  private <T> void forEach(List<T> items, java.util.function.Consumer<T> action) {
    CompletableFuture.allOf(
            items.stream()
                .map(a -> CompletableFuture.runAsync(() -> action.accept(a), pool))
                .toArray(CompletableFuture[]::new))
        .join();
  }
}
