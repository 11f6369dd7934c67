package dev.parley.load.call;

import static dev.parley.load.Flags.bounded;

import dev.parley.load.LoadHttp;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The set-up time run's flags: how many calls are measured after how many warm-up calls, voice or
 * video, and the server — on the loopback interface, as {@code 127.0.0.1} so the demo page and the
 * widget are on different origins as on a customer's site.
 */
record CallSetupOptions(URI baseUrl, int calls, int warmupCalls, String channel) {

  static final String USAGE =
      "--base-url http://127.0.0.1:8080/ --calls 20 --warmup-calls 2 [--channel VOICE|VIDEO]";

  static CallSetupOptions parse(String[] args) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --flag value pairs: " + USAGE);
      }
      flags.put(args[i].substring(2), args[++i]);
    }
    String url = flags.remove("base-url");
    String base = url == null ? "http://127.0.0.1:8080/" : url.endsWith("/") ? url : url + "/";
    String channel = flags.remove("channel");
    CallSetupOptions o =
        new CallSetupOptions(
            URI.create(base),
            bounded(flags, "calls", 20, 1, 200),
            bounded(flags, "warmup-calls", 2, 0, 20),
            channel == null ? "VOICE" : channel);
    if (!flags.isEmpty()) {
      throw new IllegalArgumentException("unknown flags " + flags.keySet() + "; " + USAGE);
    }
    if (!o.channel().equals("VOICE") && !o.channel().equals("VIDEO")) {
      throw new IllegalArgumentException("--channel must be VOICE or VIDEO, was " + o.channel());
    }
    LoadHttp.requireLoopback(o.baseUrl());
    if (!"127.0.0.1".equals(o.baseUrl().getHost())) {
      throw new IllegalArgumentException(
          "--base-url must be on 127.0.0.1 (the demo page loads the widget from localhost), was "
              + o.baseUrl());
    }
    return o;
  }

  /** The demo page's origin, which the run's entry point allows. */
  String pageOrigin() {
    return "http://127.0.0.1:" + baseUrl.getPort();
  }
}
