package dev.parley.media.kurento;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Media files for {@link RealKurentoIT}, made and examined with ffmpeg and ffprobe: a tone (with a
 * test picture for video) for a loopback browser to send, and what a recording holds — its streams
 * and duration, and how loud one tone is in it, so a test can tell whose voice reached a file.
 */
final class MediaFiles {

  /** Louder than this (dB RMS after a narrow band-pass) counts as the tone being there. */
  static final double PRESENT_DB = -50;

  private static final Pattern RMS =
      Pattern.compile("\\[astats@t([0-9]+) @ [^]]*] RMS level dB: (-?[0-9.]+|-inf)");

  /** What ffprobe says of a file: its duration (seconds), its streams as type:codec, its JSON. */
  record Probe(double duration, List<String> streams, String json) {}

  private MediaFiles() {}

  /** Whether ffmpeg and ffprobe are on the PATH. */
  static boolean available() {
    try {
      run(List.of("ffmpeg", "-version"));
      run(List.of("ffprobe", "-version"));
      return true;
    } catch (IllegalStateException | UncheckedIOException e) {
      return false;
    }
  }

  /** Writes {@code seconds} of a {@code hz} tone (Opus), with a VP8 test picture for video. */
  static void tone(Path file, int hz, int seconds, boolean video) {
    List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
    command.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=" + hz + ":duration=" + seconds));
    if (video) {
      command.addAll(
          List.of("-f", "lavfi", "-i", "testsrc=size=320x240:rate=15:duration=" + seconds));
      command.addAll(
          List.of("-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "300k"));
    }
    command.addAll(List.of("-c:a", "libopus", "-shortest", file.toString()));
    run(command);
  }

  static Probe probe(Path file) {
    String json =
        run(
            List.of(
                "ffprobe",
                "-v",
                "error",
                "-show_entries",
                "format=duration:stream=codec_type,codec_name",
                "-of",
                "json",
                file.toString()));
    JsonObject probe = JsonParser.parseString(json).getAsJsonObject();
    List<String> streams = new ArrayList<>();
    for (JsonElement s : probe.getAsJsonArray("streams")) {
      JsonObject stream = s.getAsJsonObject();
      streams.add(
          stream.get("codec_type").getAsString() + ":" + stream.get("codec_name").getAsString());
    }
    JsonObject format = probe.getAsJsonObject("format");
    double duration =
        format != null && format.has("duration") ? format.get("duration").getAsDouble() : 0;
    return new Probe(duration, streams, json.replaceAll("\\s+", " ").strip());
  }

  /**
   * How loud each tone is in the file (dB RMS after a narrow band-pass around it), in one ffmpeg
   * run: the audio is split into a branch per tone.
   */
  static Map<Integer, Double> levels(Path file, int... tones) {
    List<String> graph = new ArrayList<>();
    StringBuilder split = new StringBuilder("[0:a]asplit=" + tones.length);
    List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "info", "-i", file.toString()));
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i < tones.length; i++) {
      String band = "bandpass=f=" + tones[i] + ":width_type=q:w=30";
      split.append("[s").append(i).append(']');
      graph.add(
          "[s%d]%s,%s,astats@t%d=measure_perchannel=none[o%d]"
              .formatted(i, band, band, tones[i], i));
      outputs.addAll(List.of("-map", "[o" + i + "]", "-f", "null", "-"));
    }
    graph.add(0, split.toString());
    command.addAll(List.of("-filter_complex", String.join(";", graph)));
    command.addAll(outputs);
    String out = run(command);
    Map<Integer, Double> levels = new TreeMap<>();
    Matcher m = RMS.matcher(out);
    while (m.find()) {
      String level = m.group(2);
      levels.put(
          Integer.parseInt(m.group(1)),
          "-inf".equals(level) ? Double.NEGATIVE_INFINITY : Double.parseDouble(level));
    }
    if (levels.size() != tones.length) {
      throw new IllegalStateException("ffmpeg measured " + levels + " in " + file + ": " + out);
    }
    return levels;
  }

  private static String run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(
            command + " failed: " + new String(out, StandardCharsets.UTF_8));
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
