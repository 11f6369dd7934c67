package dev.parley.load.call;

import dev.parley.load.LoadHttp;
import dev.parley.load.ProcessCpu;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * What recording a call costs: a caller on the demo page and an agent in the workstation, in two
 * headless Chromiums with fake devices, hold {@code --calls} calls of {@code --seconds} each on a
 * queue that records them ({@code --recording ALWAYS}) or not ({@code NEVER}), in whatever media
 * mode the server runs. Per call it reads, over the talking time (from media flowing and, when
 * recorded, the recorder running, to the hang-up click): the CPU of the agent's browser (the
 * chromedriver process tree: in peer-to-peer mode the recorder), of the caller's browser, of the
 * media server ({@code --kms-pid}) and of Parley's JVM ({@code --server-pid}), each as CPU seconds
 * per minute of call; then it polls the recordings library every 100 ms from the hang-up click
 * until the recording is listed READY, and reads its size, length and per-party tracks and the
 * server's assembly time ({@code --server-log}). It prints {@code key=value} lines: every call,
 * then medians. See docs/benchmarks.md ("Recording overhead").
 */
public final class RecordingOverhead {
  static final String ENTRY_POINT = "rec-overhead";
  static final String AGENT = "rec-overhead-agent";
  static final String AGENT_PASSWORD = "rec-overhead-agent-password";

  private RecordingOverhead() {}

  public static void main(String[] args) throws Exception {
    RecordingOverheadOptions options;
    try {
      options = RecordingOverheadOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    ExecutorService io = Executors.newFixedThreadPool(2, CallSignalingLoadRun.daemon("rec-io"));
    try {
      LoadHttp http = new LoadHttp(options.baseUrl(), io);
      String admin = setUp(http, options.pageOrigin());
      measure(options, http, admin);
    } finally {
      io.shutdownNow();
    }
  }

  static String queue(String recording) {
    return "rec-overhead-" + recording.toLowerCase(Locale.ROOT);
  }

  private static void measure(RecordingOverheadOptions o, LoadHttp http, String admin)
      throws InterruptedException {
    List<Double> agentCpu = new ArrayList<>();
    List<Double> callerCpu = new ArrayList<>();
    List<Double> kmsCpu = new ArrayList<>();
    List<Double> serverCpu = new ArrayList<>();
    List<Double> readyMs = new ArrayList<>();
    List<Double> assemblyMs = new ArrayList<>();
    List<Double> bytesPerMinute = new ArrayList<>();
    List<Double> allFilesBytesPerMinute = new ArrayList<>();
    print("load_average_at_start", CallRig.loadAverage());
    print("mode_channel_recording", o.channel() + " " + o.recording());
    Set<Long> before = chromedrivers();
    try (DeskPage desk = DeskPage.available(o.baseUrl(), AGENT, AGENT_PASSWORD)) {
      long agentTree = newChromedriver(before);
      before = chromedrivers();
      try (CallerPage caller = CallerPage.start(o.baseUrl(), ENTRY_POINT)) {
        long callerTree = newChromedriver(before);
        print("agent_chromedriver_pid", agentTree);
        print("caller_chromedriver_pid", callerTree);
        for (int i = 1; i <= o.calls(); i++) {
          desk.readyForCall();
          Instant callFrom = Instant.now().minusSeconds(2);
          caller.readyToCall(o.channel(), "Caller " + i, o.recording().toLowerCase(Locale.ROOT));
          caller.startCall();
          desk.rangAt();
          caller.watchRtp();
          desk.watchRtp();
          desk.answer();
          // the agent's new connection receiving is the call's media flowing (in Kurento mode the
          // caller's connection is older than the answer: it already carried the greeting)
          desk.firstRtpAt();
          if (o.recorded()) {
            desk.awaitRecordingState("recording");
          }
          double[] cpu0 = cpu(o, agentTree, callerTree);
          long t0 = System.nanoTime();
          Thread.sleep(o.seconds() * 1000L);
          double[] cpu1 = cpu(o, agentTree, callerTree);
          double minutes = (System.nanoTime() - t0) / 60e9;
          long hungUp = desk.hangUpAt();
          caller.awaitCallState("ended");
          double[] perMinute = new double[4];
          for (int k = 0; k < 4; k++) {
            perMinute[k] = (cpu1[k] - cpu0[k]) / minutes;
          }
          agentCpu.add(perMinute[0]);
          callerCpu.add(perMinute[1]);
          StringBuilder line =
              new StringBuilder(
                  "talk_s=%.1f agent_browser_cpu_s_per_min=%.2f caller_browser_cpu_s_per_min=%.2f"
                      .formatted(minutes * 60, perMinute[0], perMinute[1]));
          if (o.kmsPid() > 0) {
            kmsCpu.add(perMinute[2]);
            line.append(" kms_cpu_s_per_min=%.2f".formatted(perMinute[2]));
          }
          if (o.serverPid() > 0) {
            serverCpu.add(perMinute[3]);
            line.append(" server_cpu_s_per_min=%.2f".formatted(perMinute[3]));
          }
          if (o.recorded()) {
            JsonObject ready = awaitReady(http, admin, callFrom);
            long readyAt = System.currentTimeMillis();
            readyMs.add((double) (readyAt - hungUp));
            String id = ready.getString("id");
            // the assembly's log line comes after every file (the media server's parties too)
            OptionalLong took = assemblyTook(o, id);
            JsonObject detail = settled(http, admin, id);
            long size = detail.getJsonNumber("sizeBytes").longValue();
            long duration = detail.getJsonNumber("durationMillis").longValue();
            long all = size;
            StringBuilder tracks = new StringBuilder();
            for (JsonValue v : detail.getJsonArray("tracks")) {
              JsonObject t = v.asJsonObject();
              long b = t.getJsonNumber("sizeBytes").longValue();
              all += b;
              tracks.append(
                  " track_%s_bytes=%d track_%s_ms=%d"
                      .formatted(
                          t.getString("party"),
                          b,
                          t.getString("party"),
                          t.getJsonNumber("durationMillis").longValue()));
            }
            double perMin = duration > 0 ? size * 60_000.0 / duration : Double.NaN;
            double allPerMin = duration > 0 ? all * 60_000.0 / duration : Double.NaN;
            bytesPerMinute.add(perMin);
            allFilesBytesPerMinute.add(allPerMin);
            line.append(
                " hangup_to_ready_ms=%d id=%s source=%s duration_ms=%d bytes=%d bytes_per_min=%.0f%s all_files_bytes=%d all_files_bytes_per_min=%.0f"
                    .formatted(
                        readyAt - hungUp,
                        id,
                        detail.getString("source"),
                        duration,
                        size,
                        perMin,
                        tracks,
                        all,
                        allPerMin));
            if (took.isPresent()) {
              assemblyMs.add((double) took.getAsLong());
              line.append(" assembly_took_ms=" + took.getAsLong());
            }
          }
          print("call_" + i, line.toString().strip());
        }
      }
    }
    print("load_average_at_end", CallRig.loadAverage());
    summary("agent_browser_cpu_s_per_min", agentCpu);
    summary("caller_browser_cpu_s_per_min", callerCpu);
    summary("kms_cpu_s_per_min", kmsCpu);
    summary("server_cpu_s_per_min", serverCpu);
    summary("hangup_to_ready_ms", readyMs);
    summary("assembly_took_ms", assemblyMs);
    summary("bytes_per_min", bytesPerMinute);
    summary("all_files_bytes_per_min", allFilesBytesPerMinute);
  }

  /** CPU seconds so far: agent's browser tree, caller's, the media server, Parley's JVM. */
  private static double[] cpu(RecordingOverheadOptions o, long agentTree, long callerTree) {
    return new double[] {
      ProcessCpu.treeSeconds(agentTree),
      ProcessCpu.treeSeconds(callerTree),
      o.kmsPid() > 0 ? ProcessCpu.seconds(o.kmsPid()) : 0,
      o.serverPid() > 0 ? ProcessCpu.seconds(o.serverPid()) : 0
    };
  }

  /**
   * Polls the library every 100 ms (for up to 2 minutes) for the agent's newest recording READY.
   */
  private static JsonObject awaitReady(LoadHttp http, String admin, Instant from)
      throws InterruptedException {
    String path =
        "api/supervisor/recordings?agent=%s&from=%s&size=5"
            .formatted(AGENT, URLEncoder.encode(from.toString(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + 120_000_000_000L;
    String last = "nothing listed";
    while (System.nanoTime() < deadline) {
      LoadHttp.Reply r = http.get(admin, path);
      if (r.status() == 200) {
        var items = r.json().asJsonObject().getJsonArray("items");
        if (!items.isEmpty()) {
          JsonObject newest = items.getJsonObject(0);
          last = newest.getString("state");
          if ("READY".equals(last)) {
            return newest;
          }
          if ("FAILED".equals(last)) {
            throw new IllegalStateException("recording failed: " + newest);
          }
        }
      } else {
        last = r.toString();
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no recording READY within 2 minutes; last: " + last);
  }

  /**
   * The recording once its per-party tracks are in too (the media server's whole-call file makes it
   * READY; the parties' files follow it within the same assembly), waiting up to 10 s.
   */
  private static JsonObject settled(LoadHttp http, String admin, String id)
      throws InterruptedException {
    JsonObject detail = null;
    int tracks = -1;
    for (int i = 0; i < 20; i++) {
      detail = http.get(admin, "api/supervisor/recordings/" + id).json().asJsonObject();
      int now = detail.getJsonArray("tracks").size();
      if (!"KURENTO".equals(detail.getString("source")) || (now > 0 && now == tracks)) {
        return detail;
      }
      tracks = now;
      Thread.sleep(500);
    }
    return detail;
  }

  private static OptionalLong assemblyTook(RecordingOverheadOptions o, String id)
      throws InterruptedException {
    if (o.serverLog() == null) {
      return OptionalLong.empty();
    }
    for (int i = 0; i < 300; i++) { // written once every file is done, up to 30 s after READY
      OptionalLong took = AssemblyLog.tookMillis(o.serverLog(), id);
      if (took.isPresent()) {
        return took;
      }
      Thread.sleep(100);
    }
    return OptionalLong.empty();
  }

  private static Set<Long> chromedrivers() {
    return ProcessHandle.current()
        .children()
        .filter(p -> p.info().command().orElse("").contains("chromedriver"))
        .map(ProcessHandle::pid)
        .collect(Collectors.toSet());
  }

  private static long newChromedriver(Set<Long> before) {
    Set<Long> now = chromedrivers();
    now.removeAll(before);
    if (now.size() != 1) {
      throw new IllegalStateException("expected one new chromedriver, found " + now);
    }
    return now.iterator().next();
  }

  private static void summary(String name, List<Double> values) {
    if (values.isEmpty()) {
      return;
    }
    SetupTimes t = SetupTimes.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    print(name + "_median", t.median());
    print(name + "_min_median_max", "%.2f / %.2f / %.2f".formatted(t.min(), t.median(), t.max()));
  }

  /**
   * Idempotently, as {@code admin}: the queues {@code rec-overhead-always} and {@code
   * rec-overhead-never} (VOICE, VIDEO and CHAT, recording ALWAYS and NEVER), the entry point {@code
   * rec-overhead} (menu options "always" and "never" into them) allowing the demo page's origin,
   * and the agent {@code rec-overhead-agent} serving both. Answers the admin's cookie.
   */
  private static String setUp(LoadHttp http, String pageOrigin) {
    CallRig rig = CallRig.asAdmin(http);
    List<CallRig.Option> options = new ArrayList<>();
    for (String recording : List.of("ALWAYS", "NEVER")) {
      rig.queue(queue(recording), ",\"recording\":\"" + recording + "\"");
      options.add(
          new CallRig.Option(
              recording.toLowerCase(Locale.ROOT),
              recording.equals("ALWAYS") ? "Recorded" : "Not recorded",
              queue(recording)));
    }
    rig.entryPoint(ENTRY_POINT, pageOrigin, "Recorded?", options);
    rig.agent(AGENT, "Recording Agent", AGENT_PASSWORD, List.of(queue("ALWAYS"), queue("NEVER")));
    return rig.admin();
  }

  private static void print(String key, Object value) {
    CallSignalingLoadRun.print(key, value);
  }
}
