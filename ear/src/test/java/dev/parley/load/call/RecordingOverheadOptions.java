package dev.parley.load.call;

import static dev.parley.load.Flags.bounded;

import dev.parley.load.LoadHttp;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The recording overhead run's flags: how many calls of how many seconds, voice or video, recorded
 * ({@code ALWAYS}) or not ({@code NEVER}), and what to read besides the browsers: the media
 * server's process ({@code --kms-pid}, Kurento mode), the server's JVM ({@code --server-pid}) and
 * its log ({@code --server-log}, for the assembly times). Zero means "not given" for the pids.
 */
record RecordingOverheadOptions(
    URI baseUrl,
    int calls,
    int seconds,
    String channel,
    String recording,
    long kmsPid,
    long serverPid,
    Path serverLog) {

  static final String USAGE =
      "--base-url http://127.0.0.1:8230/ --calls 3 --seconds 60 --channel VOICE|VIDEO"
          + " --recording ALWAYS|NEVER [--kms-pid N] [--server-pid N] [--server-log FILE]";

  static RecordingOverheadOptions parse(String[] args) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --flag value pairs: " + USAGE);
      }
      flags.put(args[i].substring(2), args[++i]);
    }
    String url = flags.remove("base-url");
    String base = url == null ? "http://127.0.0.1:8080/" : url.endsWith("/") ? url : url + "/";
    String channel = flags.getOrDefault("channel", "VOICE");
    flags.remove("channel");
    String recording = flags.getOrDefault("recording", "ALWAYS");
    flags.remove("recording");
    String log = flags.remove("server-log");
    RecordingOverheadOptions o =
        new RecordingOverheadOptions(
            URI.create(base),
            bounded(flags, "calls", 3, 1, 50),
            bounded(flags, "seconds", 60, 5, 600),
            channel,
            recording,
            bounded(flags, "kms-pid", 0, 0, Integer.MAX_VALUE),
            bounded(flags, "server-pid", 0, 0, Integer.MAX_VALUE),
            log == null ? null : Path.of(log));
    if (!flags.isEmpty()) {
      throw new IllegalArgumentException("unknown flags " + flags.keySet() + "; " + USAGE);
    }
    if (!channel.equals("VOICE") && !channel.equals("VIDEO")) {
      throw new IllegalArgumentException("--channel must be VOICE or VIDEO, was " + channel);
    }
    if (!recording.equals("ALWAYS") && !recording.equals("NEVER")) {
      throw new IllegalArgumentException("--recording must be ALWAYS or NEVER, was " + recording);
    }
    LoadHttp.requireLoopback(o.baseUrl());
    if (!"127.0.0.1".equals(o.baseUrl().getHost())) {
      throw new IllegalArgumentException(
          "--base-url must be on 127.0.0.1 (the demo page loads the widget from localhost), was "
              + o.baseUrl());
    }
    return o;
  }

  boolean recorded() {
    return recording.equals("ALWAYS");
  }

  /** The demo page's origin, which the run's entry point allows. */
  String pageOrigin() {
    return "http://127.0.0.1:" + baseUrl.getPort();
  }
}
