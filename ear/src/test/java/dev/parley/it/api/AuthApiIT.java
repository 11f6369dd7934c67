package dev.parley.it.api;

import static dev.parley.it.support.DemoAccounts.ADMIN;
import static dev.parley.it.support.DemoAccounts.AGENT;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.JsonString;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Black-box: login, logout and role checks of the REST API over plain HTTP. */
@ExtendWith(SharedServer.class)
class AuthApiIT {

  private ParleyServer server;

  @BeforeEach
  void server(ParleyServer server) {
    this.server = server;
  }

  @ParameterizedTest
  @CsvSource({
    "admin, admin",
    "supervisor, supervisor",
    "agent1, agent",
    "agent2, agent",
    "agent3, agent"
  })
  void everyDemoAccountLogsInWithItsRole(String username, String role) {
    var client = new ApiClient(server.baseUri());

    var login = client.login(username, PASSWORD);
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.json().getString("username")).isEqualTo(username);
    assertThat(login.json().getJsonArray("roles").getValuesAs(JsonString::getString))
        .containsExactly(role);

    var me = client.get("api/auth/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getString("username")).isEqualTo(username);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() {
    var login = new ApiClient(server.baseUri()).login(AGENT, PASSWORD);

    assertThat(login.header("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax"));
  }

  @Test
  void unauthenticatedCallsGet401() {
    var anonymous = new ApiClient(server.baseUri());

    assertThat(anonymous.get("api/auth/me").status()).isEqualTo(401);
    var admin = anonymous.get("api/admin/accounts");
    assertThat(admin.status()).isEqualTo(401);
    assertThat(admin.json().getString("error")).isEqualTo("authentication required");
  }

  @Test
  void aWrongPasswordGets401AndNoSession() {
    var client = new ApiClient(server.baseUri());

    var login = client.login(AGENT, "not-the-password");

    assertThat(login.status()).isEqualTo(401);
    assertThat(login.json().getString("error")).isEqualTo("invalid username or password");
    assertThat(client.get("api/auth/me").status()).isEqualTo(401);
  }

  @Test
  void theWrongRoleGets403() {
    assertThat(
            ApiClient.loggedIn(server.baseUri(), AGENT, PASSWORD)
                .get("api/admin/accounts")
                .status())
        .isEqualTo(403);
    assertThat(
            ApiClient.loggedIn(server.baseUri(), SUPERVISOR, PASSWORD)
                .get("api/admin/accounts")
                .status())
        .isEqualTo(403);
    assertThat(
            ApiClient.loggedIn(server.baseUri(), ADMIN, PASSWORD)
                .get("api/admin/accounts")
                .status())
        .isEqualTo(200);
  }

  @Test
  void logoutEndsTheSession() {
    var client = ApiClient.loggedIn(server.baseUri(), AGENT, PASSWORD);

    assertThat(client.post("api/auth/logout", "").status()).isEqualTo(204);

    assertThat(client.get("api/auth/me").status()).isEqualTo(401);
  }

  @Test
  void malformedLoginBodiesGet400() {
    var client = new ApiClient(server.baseUri());

    assertThat(client.post("api/auth/login", "{not json").status()).isEqualTo(400);
    assertThat(client.post("api/auth/login", "{\"username\":\"admin\"}").status()).isEqualTo(400);
  }

  @Test
  void anAdminCreatesAnAccountThatCanThenLogIn() {
    var admin = ApiClient.loggedIn(server.baseUri(), ADMIN, PASSWORD);
    String username = "it-" + UUID.randomUUID().toString().substring(0, 8);

    var created =
        admin.post(
            "api/admin/accounts",
            """
            {"username":"%s","displayName":"Ivy Tester","password":"ivy-password","roles":["agent","supervisor"]}"""
                .formatted(username));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().containsKey("passwordHash")).isFalse();
    var login = new ApiClient(server.baseUri()).login(username, "ivy-password");
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.json().getJsonArray("roles").getValuesAs(JsonString::getString))
        .containsExactlyInAnyOrder("agent", "supervisor");
  }

  @Test
  void invalidOrDuplicateAccountsAreRefusedWithReasons() {
    var admin = ApiClient.loggedIn(server.baseUri(), ADMIN, PASSWORD);

    var invalid =
        admin.post(
            "api/admin/accounts",
            "{\"username\":\"Bad Name\",\"displayName\":\"\",\"password\":\"short\",\"roles\":[\"agent\"]}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().getJsonArray("details").getValuesAs(JsonString::getString))
        .anyMatch(d -> d.startsWith("username:"))
        .anyMatch(d -> d.startsWith("password:"))
        .anyMatch(d -> d.startsWith("displayName:"));

    var unknownRole =
        admin.post(
            "api/admin/accounts",
            "{\"username\":\"zed\",\"displayName\":\"Zed\",\"password\":\"long-enough\",\"roles\":[\"root\"]}");
    assertThat(unknownRole.status()).isEqualTo(400);

    var duplicate =
        admin.post(
            "api/admin/accounts",
            "{\"username\":\"agent1\",\"displayName\":\"X\",\"password\":\"long-enough\",\"roles\":[\"admin\"]}");
    assertThat(duplicate.status()).isEqualTo(409);
    var agent = new ApiClient(server.baseUri()).login(AGENT, PASSWORD);
    assertThat(agent.json().getJsonArray("roles").getValuesAs(JsonString::getString))
        .containsExactly("agent");
  }
}
