package dev.parley.load.call;

import static dev.parley.load.call.CallFrames.JSON;

import dev.parley.load.LoadHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Idempotent set-up through the admin API: the queue {@code call-load} for VOICE (and CHAT, which
 * an entry point's queue must serve) with longest idle, no skills, no wrap-up, a minute's offer
 * timeout; the entry point {@code call-load} into it (no menu, no pre-chat fields) allowing the
 * run's origin, and agents {@code call-load-agent-0001…} serving the queue with VOICE capacity 1 —
 * the engine gives an agent one call at a time, so N concurrent calls need N agents. What exists
 * and matches is kept.
 */
final class CallLoadSetup {
  static final String QUEUE = "call-load";
  static final String ENTRY_POINT = "call-load";
  static final String PASSWORD = "call-load-agent-password";

  private final LoadHttp http;
  private final String admin;
  private final ExecutorService pool;

  CallLoadSetup(LoadHttp http, String adminCookie, ExecutorService pool) {
    this.http = http;
    this.admin = adminCookie;
    this.pool = pool;
  }

  static String username(int i) {
    return "call-load-agent-%04d".formatted(i + 1);
  }

  /** Creates or updates what differs; answers the agents' usernames. */
  List<String> ensure(int agents, String origin) {
    ensureQueue();
    ensureEntryPoint(origin);
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
      JsonObject cap = p.getJsonObject("capacity");
      if (serves && cap.containsKey("VOICE") && cap.getInt("VOICE") == 1) {
        profiled.add(p.getString("username"));
      }
    }
    List<String> names = new ArrayList<>();
    List<CompletableFuture<Void>> work = new ArrayList<>();
    for (int i = 0; i < agents; i++) {
      String name = username(i);
      names.add(name);
      boolean needsAccount = !accounts.contains(name);
      if (needsAccount || !profiled.contains(name)) {
        work.add(CompletableFuture.runAsync(() -> ensureAgent(name, needsAccount), pool));
      }
    }
    CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
    CallSignalingLoadRun.print("setup_profiles_written", work.size());
    return names;
  }

  /** Creates the queue, or puts it back as the run needs it. */
  private void ensureQueue() {
    String body =
        """
        {"name":"%s","channels":["VOICE","CHAT"],"priority":0,"strategy":"LONGEST_IDLE",
         "offerTimeoutSeconds":60,"wrapUpSeconds":0,"dispositionCodes":[],
         "dispositionRequired":false,"requiredSkills":[],
         "serviceLevelSeconds":20,"serviceLevelPercent":80}
        """
            .formatted(QUEUE);
    LoadHttp.Reply saved =
        http.get(admin, "api/admin/queues/" + QUEUE).status() == 200
            ? http.put(admin, "api/admin/queues/" + QUEUE, body)
            : http.post(admin, "api/admin/queues", body);
    if (saved.status() != 200 && saved.status() != 201) {
      throw new IllegalStateException("queue " + QUEUE + ": " + saved);
    }
  }

  private void ensureEntryPoint(String origin) {
    String body =
        JSON.createObjectBuilder()
            .add("name", ENTRY_POINT)
            .add("allowedOrigins", JSON.createArrayBuilder().add(origin))
            .add(
                "texts",
                JSON.createObjectBuilder()
                    .add("launcher", "Call")
                    .add("title", "Load")
                    .add("greeting", "Hi")
                    .add("waiting", "Wait")
                    .add("ended", "Bye")
                    .add("offline", "Closed"))
            .add(
                "menu",
                JSON.createObjectBuilder()
                    .add("prompt", "")
                    .add("options", JSON.createArrayBuilder())
                    .add("queue", QUEUE))
            .add("preChat", JSON.createObjectBuilder().add("name", "HIDDEN").add("email", "HIDDEN"))
            .add("maxAttachmentBytes", 20000)
            .build()
            .toString();
    LoadHttp.Reply saved = http.put(admin, "api/admin/entry-points/" + ENTRY_POINT, body);
    if (saved.status() != 200 && saved.status() != 201) {
      throw new IllegalStateException("entry point " + ENTRY_POINT + ": " + saved);
    }
  }

  private void ensureAgent(String name, boolean needsAccount) {
    if (needsAccount) {
      LoadHttp.Reply account =
          http.post(
              admin,
              "api/admin/accounts",
              "{\"username\":\"%s\",\"displayName\":\"Call Load Agent\",\"password\":\"%s\",\"roles\":[\"agent\"]}"
                  .formatted(name, PASSWORD));
      if (account.status() != 201 && account.status() != 409) {
        throw new IllegalStateException("creating " + name + ": " + account);
      }
    }
    LoadHttp.Reply profile =
        http.put(
            admin,
            "api/admin/agents/" + name,
            "{\"skills\":{},\"capacity\":{\"VOICE\":1},\"queues\":[{\"queue\":\"%s\",\"priority\":0}]}"
                .formatted(QUEUE));
    if (profile.status() != 200) {
      throw new IllegalStateException("profile of " + name + ": " + profile);
    }
  }
}
