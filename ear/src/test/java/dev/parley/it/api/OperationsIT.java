package dev.parley.it.api;

import static dev.parley.it.support.DemoAccounts.AGENT;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Black-box: health, OpenAPI document, structured log lines, the UI at the root. */
@ExtendWith(SharedServer.class)
class OperationsIT {

  @Test
  void readinessReportsTheDatabase(ParleyServer server) {
    var ready = new ApiClient(server.baseUri()).get("health/ready");

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().getString("status")).isEqualTo("UP");
    var check =
        ready.json().getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("database"))
            .findFirst()
            .orElseThrow();
    assertThat(check.getJsonObject("data").getString("schemaVersion")).isEqualTo(newestMigration());
  }

  /**
   * The highest {@code V<n>__} of the Flyway scripts in this source tree: what the server must be
   * at.
   */
  private static String newestMigration() {
    try (var files =
        Files.list(
            Path.of("..", "ejb-routing", "ejb", "src", "main", "resources", "db", "migration"))) {
      return String.valueOf(
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.matches("V\\d+__.*\\.sql"))
              .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
              .max()
              .orElseThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void livenessIsUp(ParleyServer server) {
    var live = new ApiClient(server.baseUri()).get("health/live");

    assertThat(live.status()).isEqualTo(200);
    assertThat(live.json().getString("status")).isEqualTo("UP");
  }

  @Test
  void theOpenApiDocumentDescribesTheRestApi(ParleyServer server) {
    var openapi = new ApiClient(server.baseUri()).get("openapi");

    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/auth/login", "/api/auth/me", "/api/admin/accounts", "title: Parley API");
  }

  @Test
  void theAngularAppIsServedAtTheRootAndOnDeepLinks(ParleyServer server) {
    var client = new ApiClient(server.baseUri());

    var root = client.getHtml("");
    var deepLink = client.getHtml("agent");

    assertThat(root.status()).isEqualTo(200);
    assertThat(root.body()).contains("<parley-root");
    assertThat(deepLink.status()).isEqualTo(200);
    assertThat(deepLink.body()).isEqualTo(root.body());
    assertThat(client.get("api/no-such-thing").status()).isEqualTo(404);
  }

  @Test
  void parleysOwnEventsAreLoggedAsJsonLines(ParleyServer server) {
    ApiClient.loggedIn(server.baseUri(), AGENT, PASSWORD);
    Path log = server.logDir().resolve("parley-events.json");

    List<String> lines = awaitLine(log, "event=login.succeeded username=" + AGENT);

    for (String line : lines) {
      var json = Json.createReader(new StringReader(line)).readObject();
      assertThat(json.getString("loggerName")).startsWith("dev.parley");
      assertThat(json.containsKey("timestamp")).isTrue();
      assertThat(json.getString("service")).isEqualTo("parley");
    }
  }

  private static List<String> awaitLine(Path log, String fragment) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> read(log).stream().anyMatch(l -> l.contains(fragment)));
    List<String> lines = read(log);
    assertThat(lines).anyMatch(l -> l.contains(fragment));
    return lines;
  }

  private static List<String> read(Path log) {
    try {
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
