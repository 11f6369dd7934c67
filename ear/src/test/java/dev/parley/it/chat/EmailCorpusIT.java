package dev.parley.it.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import dev.parley.it.support.SmtpClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The parser's corpus of ordinary and hostile messages (channels/src/test/resources/mail-corpus:
 * every charset, nested multiparts, broken boundaries, header injection, hostile HTML, 8-bit
 * headers, garbage, an empty message…) sent through real SMTP sessions to the running server: each
 * is answered 250 and ends filed — a message of a thread, flagged when malformed — none left
 * unfiled, and the listener keeps serving.
 */
@ExtendWith(SharedServer.class)
class EmailCorpusIT {

  private static final Path CORPUS =
      Paths.get(System.getProperty("parley.root", ".."))
          .resolve("channels/src/test/resources/mail-corpus");

  private static JsonObject email(ParleyServer server) {
    var ready = new ApiClient(server.baseUri()).get("health/ready");
    return Json.createReader(new StringReader(ready.body()))
        .readObject()
        .getJsonArray("checks")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getString("name").equals("email"))
        .findFirst()
        .orElseThrow()
        .getJsonObject("data");
  }

  @Test
  void everyCorpusMessageIsAcceptedAndFiledNoneLost(ParleyServer server) throws IOException {
    EmailSetup setup = new EmailSetup(server.baseUri());
    SmtpClient smtp = new SmtpClient("127.0.0.1", server.smtpPort());
    List<Path> corpus;
    try (Stream<Path> files = Files.list(CORPUS)) {
      corpus = files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
    }
    assertThat(corpus).hasSizeGreaterThan(30);
    int n = 0;
    for (Path file : corpus) {
      String from = "corpus-" + n++ + "-" + setup.unique + "@example.com";
      assertThat(smtp.send(from, List.of(setup.supportAddress), Files.readAllBytes(file)))
          .as(file.getFileName().toString())
          .startsWith("250");
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(email(server).getJsonNumber("unfiled").longValue()).isZero());
    assertThat(new ApiClient(server.baseUri()).get("health/ready").status()).isEqualTo(200);
    assertThat(email(server).getInt("smtpPort")).isEqualTo(server.smtpPort());
  }
}
