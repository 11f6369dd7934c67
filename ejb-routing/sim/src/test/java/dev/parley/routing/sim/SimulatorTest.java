package dev.parley.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.queue.Strategy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimulatorTest {
  @Test
  void parsesTheDocumentedCommandLine() {
    SimConfig c =
        SimArguments.parse(
            "--agents",
            "55",
            "--arrivals-per-hour",
            "720",
            "--aht",
            "240",
            "--sl-seconds",
            "20",
            "--hours",
            "2000");

    assertThat(c.agents()).isEqualTo(55);
    assertThat(c.arrivalsPerHour()).isEqualTo(720);
    assertThat(c.ahtSeconds()).isEqualTo(240);
    assertThat(c.hours()).isEqualTo(2000);
    assertThat(c.strategy()).isEqualTo(Strategy.LONGEST_IDLE);
    assertThat(c.abandonment()).isFalse();
    assertThat(c.blending()).isFalse();
  }

  @Test
  void parsesOptionalFlags() {
    SimConfig c =
        SimArguments.parse(
            "--agents",
            "10",
            "--arrivals-per-hour",
            "100",
            "--aht",
            "200",
            "--strategy",
            "round-robin",
            "--seed",
            "9",
            "--patience",
            "90",
            "--email-arrivals-per-hour",
            "30",
            "--email-aht",
            "400");

    assertThat(c.strategy()).isEqualTo(Strategy.ROUND_ROBIN);
    assertThat(c.seed()).isEqualTo(9);
    assertThat(c.patienceSeconds()).isEqualTo(90);
    assertThat(c.emailArrivalsPerHour()).isEqualTo(30);
    assertThat(c.emailAhtSeconds()).isEqualTo(400);
  }

  @Test
  void badFlagsAreRefusedNamingTheFlag() {
    assertThatThrownBy(() -> SimArguments.parse("--agents", "many", "--arrivals-per-hour", "1"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--agents")
        .hasMessageContaining("'many'");
    assertThatThrownBy(() -> SimArguments.parse("--agents", "5", "--aht", "240"))
        .hasMessage("--arrivals-per-hour is required");
    assertThatThrownBy(() -> SimArguments.parse("--agentz", "5"))
        .hasMessage("unknown flag --agentz");
    assertThatThrownBy(() -> SimArguments.parse("--agents")).hasMessage("--agents needs a value");
    assertThatThrownBy(
            () -> SimArguments.parse("--agents", "5", "--arrivals-per-hour", "1", "--aht", "-3"))
        .hasMessageContaining("--aht must be positive");
    assertThatThrownBy(
            () ->
                SimArguments.parse(
                    "--agents",
                    "5",
                    "--arrivals-per-hour",
                    "1",
                    "--aht",
                    "3",
                    "--strategy",
                    "fast"))
        .hasMessageContaining("--strategy must be one of");
    assertThatThrownBy(
            () ->
                SimArguments.parse(
                    "--agents", "5", "--arrivals-per-hour", "1", "--aht", "3", "--patience", "0"))
        .hasMessageContaining("--patience must be positive");
  }

  @Test
  void printsKeyValueLinesAndIsDeterministic() {
    String[] args = {
      "--agents", "12", "--arrivals-per-hour", "150", "--aht", "240", "--hours", "3"
    };

    String first = run(args, 0);
    String second = run(args, 0);

    assertThat(first).isEqualTo(second);
    assertThat(first)
        .contains(
            "service_level=",
            "asa_seconds=",
            "abandonment_rate=0.00",
            "occupancy=",
            "contacts=",
            "erlang_c_service_level=");
    assertThat(first.lines()).allMatch(l -> l.matches("[a-z0-9_]+=[-0-9.]+"));
  }

  @Test
  void abandonmentAndBlendingAddTheirLines() {
    String out =
        run(
            new String[] {
              "--agents",
              "12",
              "--arrivals-per-hour",
              "170",
              "--aht",
              "240",
              "--hours",
              "3",
              "--patience",
              "60",
              "--email-arrivals-per-hour",
              "10"
            },
            0);

    assertThat(out).contains("voice_service_level=", "email_handled=", "email_handled_per_hour=");
    assertThat(out).doesNotContain("abandonment_rate=0.00", "erlang_c_");
  }

  @Test
  void usageErrorExitsWithTwoAndExplains() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Simulator.run(
            new String[] {"--agents", "x"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--agents", "usage:");
  }

  private static String run(String[] args, int expectedStatus) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        Simulator.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(expectedStatus);
    return out.toString(StandardCharsets.UTF_8);
  }
}
