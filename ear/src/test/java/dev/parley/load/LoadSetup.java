package dev.parley.load;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Idempotent set-up through the admin API: the {@code load} queue (CHAT, no skills, no disposition,
 * no wrap-up, an hour's offer timeout so offers never time out during a run) and agents {@code
 * load-agent-0001...} serving it with a large chat capacity. Whatever exists is kept; only the
 * missing accounts and differing profiles are written, in parallel.
 */
final class LoadSetup {
  static final String QUEUE = "load";
  static final String PASSWORD = "load-agent-password";
  static final int CHAT_CAPACITY = 1000;

  private final LoadHttp http;
  private final String admin;
  private final ExecutorService pool;

  LoadSetup(LoadHttp http, String adminCookie, ExecutorService pool) {
    this.http = http;
    this.admin = adminCookie;
    this.pool = pool;
  }

  static String username(int i) {
    return "load-agent-%04d".formatted(i + 1);
  }

  /** Creates what is missing; answers the agents' usernames. */
  List<String> ensure(int agents) {
    ensureQueue();
    Set<String> accounts = new HashSet<>();
    for (JsonValue v : http.get(admin, "api/admin/accounts").json().asJsonArray()) {
      accounts.add(v.asJsonObject().getString("username"));
    }
    Set<String> profiled = new HashSet<>();
    for (JsonValue v : http.get(admin, "api/admin/agents").json().asJsonArray()) {
      JsonObject p = v.asJsonObject();
      boolean serves =
          p.getJsonArray("queues").getValuesAs(JsonObject.class).stream()
              .anyMatch(m -> QUEUE.equals(m.getString("queue")));
      JsonObject capacity = p.getJsonObject("capacity");
      if (serves && capacity.containsKey("CHAT") && capacity.getInt("CHAT") == CHAT_CAPACITY) {
        profiled.add(p.getString("username"));
      }
    }
    List<String> names = new ArrayList<>();
    List<CompletableFuture<Void>> work = new ArrayList<>();
    for (int i = 0; i < agents; i++) {
      String name = username(i);
      names.add(name);
      boolean needsAccount = !accounts.contains(name);
      boolean needsProfile = !profiled.contains(name);
      if (needsAccount || needsProfile) {
        work.add(CompletableFuture.runAsync(() -> ensureAgent(name, needsAccount), pool));
      }
    }
    CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
    System.out.printf(
        "setup_accounts_created=%d%nsetup_profiles_written=%d%n",
        names.stream().filter(n -> !accounts.contains(n)).count(), work.size());
    return names;
  }

  private void ensureQueue() {
    if (http.get(admin, "api/admin/queues/" + QUEUE).status() == 200) {
      return;
    }
    LoadHttp.Reply created =
        http.post(
            admin,
            "api/admin/queues",
            """
            {"name":"%s","channels":["CHAT"],"priority":0,"strategy":"LONGEST_IDLE",
             "offerTimeoutSeconds":3600,"wrapUpSeconds":0,"dispositionCodes":[],
             "dispositionRequired":false,"requiredSkills":[],
             "serviceLevelSeconds":20,"serviceLevelPercent":80}
            """
                .formatted(QUEUE));
    if (created.status() != 201 && created.status() != 409) {
      throw new IllegalStateException("creating queue " + QUEUE + ": " + created);
    }
  }

  private void ensureAgent(String name, boolean needsAccount) {
    if (needsAccount) {
      LoadHttp.Reply account =
          http.post(
              admin,
              "api/admin/accounts",
              "{\"username\":\"%s\",\"displayName\":\"Load Agent\",\"password\":\"%s\",\"roles\":[\"agent\"]}"
                  .formatted(name, PASSWORD));
      if (account.status() != 201 && account.status() != 409) {
        throw new IllegalStateException("creating " + name + ": " + account);
      }
    }
    LoadHttp.Reply profile =
        http.put(
            admin,
            "api/admin/agents/" + name,
            "{\"skills\":{},\"capacity\":{\"CHAT\":%d},\"queues\":[{\"queue\":\"%s\",\"priority\":0}]}"
                .formatted(CHAT_CAPACITY, QUEUE));
    if (profile.status() != 200) {
      throw new IllegalStateException("profile of " + name + ": " + profile);
    }
  }
}
