package dev.parley.load.call;

import static dev.parley.load.call.CallFrames.JSON;

import dev.parley.load.LoadHttp;
import jakarta.json.JsonArrayBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the browser call tools ({@link CallSetupTimes}, {@link RecordingOverhead}) set up as the
 * admin, each step idempotent so a run can follow another: call queues, a widget entry point whose
 * menu leads into them, and an agent serving them.
 */
final class CallRig {

  private final LoadHttp http;
  private final String admin;

  private CallRig(LoadHttp http, String admin) {
    this.http = http;
    this.admin = admin;
  }

  /** Logged in as the demo admin. */
  static CallRig asAdmin(LoadHttp http) {
    return new CallRig(http, http.login("admin", "parley-demo"));
  }

  /** The admin's session cookie. */
  String admin() {
    return admin;
  }

  /**
   * A queue of VOICE, VIDEO and CHAT, no skills, no wrap-up; {@code extra} is more of its JSON
   * ({@code ,"recording":"NEVER"}) or empty.
   */
  void queue(String name, String extra) {
    String queue =
        """
        {"name":"%s","channels":["VOICE","VIDEO","CHAT"],"priority":0,"strategy":"LONGEST_IDLE",
         "offerTimeoutSeconds":60,"wrapUpSeconds":0,"dispositionCodes":[],
         "dispositionRequired":false,"requiredSkills":[],
         "serviceLevelSeconds":20,"serviceLevelPercent":80%s}
        """
            .formatted(name, extra);
    check(
        http.get(admin, "api/admin/queues/" + name).status() == 200
            ? http.put(admin, "api/admin/queues/" + name, queue)
            : http.post(admin, "api/admin/queues", queue),
        "queue " + name);
  }

  /** A menu option of {@link #entryPoint}: {@code id}, its label, the queue it leads into. */
  record Option(String id, String label, String queue) {}

  /**
   * The widget's entry point {@code name}, allowing {@code pageOrigin}, asking a name (optional),
   * with a menu of {@code options} under {@code prompt}.
   */
  void entryPoint(String name, String pageOrigin, String prompt, List<Option> options) {
    JsonArrayBuilder menu = JSON.createArrayBuilder();
    for (Option o : options) {
      menu.add(
          JSON.createObjectBuilder()
              .add("id", o.id())
              .add("label", o.label())
              .add("options", JSON.createArrayBuilder())
              .add("queue", o.queue()));
    }
    String entryPoint =
        JSON.createObjectBuilder()
            .add("name", name)
            .add("allowedOrigins", JSON.createArrayBuilder().add(pageOrigin))
            .add(
                "texts",
                JSON.createObjectBuilder()
                    .add("launcher", "Call us")
                    .add("title", "Help desk")
                    .add("greeting", "Hi there!")
                    .add("waiting", "An agent will be with you shortly.")
                    .add("ended", "Thanks, bye!")
                    .add("offline", "Closed"))
            .add("menu", JSON.createObjectBuilder().add("prompt", prompt).add("options", menu))
            .add(
                "preChat",
                JSON.createObjectBuilder().add("name", "OPTIONAL").add("email", "HIDDEN"))
            .add("maxAttachmentBytes", 100000)
            .build()
            .toString();
    check(http.put(admin, "api/admin/entry-points/" + name, entryPoint), "entry point " + name);
  }

  /** The agent account (made once) taking one voice or video call at a time from {@code queues}. */
  void agent(String username, String displayName, String password, List<String> queues) {
    LoadHttp.Reply account =
        http.post(
            admin,
            "api/admin/accounts",
            JSON.createObjectBuilder()
                .add("username", username)
                .add("displayName", displayName)
                .add("password", password)
                .add("roles", JSON.createArrayBuilder().add("agent"))
                .build()
                .toString());
    if (account.status() != 201 && account.status() != 409) {
      throw new IllegalStateException("account " + username + ": " + account);
    }
    String served =
        queues.stream()
            .map(q -> "{\"queue\":\"%s\",\"priority\":0}".formatted(q))
            .collect(Collectors.joining(","));
    check(
        http.put(
            admin,
            "api/admin/agents/" + username,
            "{\"skills\":{},\"capacity\":{\"VOICE\":1,\"VIDEO\":1},\"queues\":[" + served + "]}"),
        "agent profile " + username);
  }

  /** This machine's load average (1, 5, 15 min) as written down with each run. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + "," + f[1] + "," + f[2];
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static void check(LoadHttp.Reply r, String what) {
    if (r.status() != 200 && r.status() != 201) {
      throw new IllegalStateException(what + ": " + r);
    }
  }
}
