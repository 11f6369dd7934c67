package dev.parley.load.call;

import dev.parley.load.LoadHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Call set-up time as people see it: a caller on the demo page and an agent in the workstation, in
 * two headless Chromiums with fake devices, place {@code --calls} calls one after another (after
 * {@code --warmup-calls} not counted) in the embedded peer-to-peer mode. Per call it measures, with
 * times taken inside the pages, the click on the widget's {@code call-start} → the agent's ringing
 * offer card ({@code call-answer}) added to the page (and painted), and the click on {@code
 * call-answer} → inbound RTP bytes above 0 in both browsers; then the agent hangs up. It prints
 * {@code key=value} lines: every call, then min / median / p95 / max. See docs/benchmarks.md.
 */
public final class CallSetupTimes {
  static final String QUEUE = "call-setup";
  static final String ENTRY_POINT = "call-setup";
  static final String AGENT = "call-setup-agent";
  static final String AGENT_PASSWORD = "call-setup-agent-password";

  private CallSetupTimes() {}

  public static void main(String[] args) throws Exception {
    CallSetupOptions options;
    try {
      options = CallSetupOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    ExecutorService io = Executors.newFixedThreadPool(2, CallSignalingLoadRun.daemon("setup-io"));
    try {
      setUp(new LoadHttp(options.baseUrl(), io), options.pageOrigin());
      measure(options);
    } finally {
      io.shutdownNow();
    }
  }

  private static void measure(CallSetupOptions o) {
    List<Double> rings = new ArrayList<>();
    List<Double> painted = new ArrayList<>();
    List<Double> media = new ArrayList<>();
    List<Double> mediaAtCaller = new ArrayList<>();
    List<Double> mediaAtAgent = new ArrayList<>();
    print("load_average_at_start", CallRig.loadAverage());
    try (DeskPage desk = DeskPage.available(o.baseUrl(), AGENT, AGENT_PASSWORD);
        CallerPage caller = CallerPage.start(o.baseUrl(), ENTRY_POINT)) {
      for (int i = 1; i <= o.warmupCalls() + o.calls(); i++) {
        desk.readyForCall();
        caller.readyToCall(o.channel(), "Caller " + i, "billing");
        long clicked = caller.startCall();
        long[] rang = desk.rangAt();
        caller.watchRtp();
        desk.watchRtp();
        long answered = desk.answer();
        long atCaller = caller.firstRtpAt();
        long atAgent = desk.firstRtpAt();
        long flowing = Math.max(atCaller, atAgent);
        desk.hangUp();
        caller.awaitCallState("ended");
        boolean counted = i > o.warmupCalls();
        String key = (counted ? "call_" : "warmup_call_") + i;
        print(
            key,
            "ring_ms=%d ring_painted_ms=%d media_ms=%d media_at_caller_ms=%d media_at_agent_ms=%d"
                .formatted(
                    rang[0] - clicked,
                    rang[1] - clicked,
                    flowing - answered,
                    atCaller - answered,
                    atAgent - answered));
        if (counted) {
          rings.add((double) (rang[0] - clicked));
          painted.add((double) (rang[1] - clicked));
          media.add((double) (flowing - answered));
          mediaAtCaller.add((double) (atCaller - answered));
          mediaAtAgent.add((double) (atAgent - answered));
        }
      }
    }
    print("load_average_at_end", CallRig.loadAverage());
    print("calls_measured", rings.size());
    summary("ring", rings);
    summary("ring_painted", painted);
    summary("media", media);
    summary("media_at_caller", mediaAtCaller);
    summary("media_at_agent", mediaAtAgent);
  }

  private static void summary(String name, List<Double> millis) {
    SetupTimes t = SetupTimes.of(millis.stream().mapToDouble(Double::doubleValue).toArray());
    print(name + "_median_ms", t.median());
    print(name + "_p95_ms", t.percentile(95));
    print(name + "_min_median_p95_max_ms", t.summary());
  }

  /**
   * Idempotently, as {@code admin}: the queue {@code call-setup} (VOICE, VIDEO and CHAT, no skills,
   * no wrap-up), the entry point {@code call-setup} (menu option "billing" into it, the name asked
   * for) allowing the demo page's origin, and the agent {@code call-setup-agent} serving it.
   */
  private static void setUp(LoadHttp http, String pageOrigin) {
    CallRig rig = CallRig.asAdmin(http);
    rig.queue(QUEUE, "");
    rig.entryPoint(
        ENTRY_POINT,
        pageOrigin,
        "What is it about?",
        List.of(new CallRig.Option("billing", "Billing", QUEUE)));
    rig.agent(AGENT, "Setup Agent", AGENT_PASSWORD, List.of(QUEUE));
  }

  private static void print(String key, Object value) {
    CallSignalingLoadRun.print(key, value);
  }
}
