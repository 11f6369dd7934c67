package dev.parley.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A browser-like HTTP client for black-box tests: keeps the session cookie, speaks JSON. One
 * instance is one user's session.
 */
public final class ApiClient {

  /** The status and body of a response. */
  public record Reply(
      int status, String body, java.util.Map<String, java.util.List<String>> headers) {
    public java.util.List<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .toList();
    }

    public JsonObject json() {
      return structure().asJsonObject();
    }

    public jakarta.json.JsonArray jsonArray() {
      return structure().asJsonArray();
    }

    private JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }
  }

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public ApiClient(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public static ApiClient loggedIn(URI base, String username, String password) {
    ApiClient client = new ApiClient(base);
    Reply reply = client.login(username, password);
    if (reply.status() != 200) {
      throw new IllegalStateException("login of " + username + " failed: " + reply);
    }
    return client;
  }

  public Reply login(String username, String password) {
    JsonObject body =
        Json.createObjectBuilder().add("username", username).add("password", password).build();
    return post("api/auth/login", body.toString());
  }

  public Reply get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** The status, headers and bytes of a response (media). */
  public record BinaryReply(
      int status, byte[] body, java.util.Map<String, java.util.List<String>> headers) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse(null);
    }
  }

  /** A GET with extra headers ({@code name, value, name, value …}), the body as bytes. */
  public BinaryReply getBytes(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new BinaryReply(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A PUT of JSON. */
  public Reply put(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A GET as a browser navigating there sends it. */
  public Reply getHtml(String path) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Accept", "text/html,application/xhtml+xml")
            .GET());
  }

  public Reply post(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** The session cookie as a {@code Cookie} header value, for a WebSocket handshake. */
  public String sessionCookieHeader() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::toString)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no session cookie"));
  }

  public URI base() {
    return base;
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
