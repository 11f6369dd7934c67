package dev.parley.it.restart;

import static dev.parley.it.support.DemoAccounts.ADMIN;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Black-box: a user created before a restart can log in after it, because the embedded H2 database
 * is a file under the data directory. Uses its own server (port offset 300).
 */
class RestartPersistenceIT {

  @Test
  void aUserCreatedBeforeARestartLogsInAfterIt() {
    String username = "restart-" + UUID.randomUUID().toString().substring(0, 8);
    try (ParleyServer server = new ParleyServer("restart", 300).prepare()) {
      server.start();
      var admin = ApiClient.loggedIn(server.baseUri(), ADMIN, PASSWORD);
      var created =
          admin.post(
              "api/admin/accounts",
              "{\"username\":\"%s\",\"displayName\":\"Rita Restart\",\"password\":\"survives-restart\",\"roles\":[\"agent\"]}"
                  .formatted(username));
      assertThat(created.status()).isEqualTo(201);

      server.stop();
      server.start();

      var login = new ApiClient(server.baseUri()).login(username, "survives-restart");
      assertThat(login.status()).isEqualTo(200);
      assertThat(login.json().getString("displayName")).isEqualTo("Rita Restart");
    }
  }
}
