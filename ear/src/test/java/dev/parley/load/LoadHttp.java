package dev.parley.load;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One HTTP/1.1 client shared by every session of the run (sessions are just their JSESSIONID
 * cookie), so a thousand agents cost connections, not a thousand selector threads.
 */
public final class LoadHttp {

  /** A status and a body. */
  public record Reply(int status, String body) {
    public JsonStructure json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }
  }

  private final URI base;
  private final HttpClient client;

  public LoadHttp(URI base, Executor executor) {
    this.base = base;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(executor)
            .build();
  }

  public HttpClient client() {
    return client;
  }

  public URI base() {
    return base;
  }

  /** Logs in and answers the {@code JSESSIONID=...} cookie of the new session. */
  public String login(String username, String password) {
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString();
    HttpResponse<String> r =
        await(
            send(request("api/auth/login", null).POST(HttpRequest.BodyPublishers.ofString(body))));
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "login of " + username + " failed: " + r.statusCode() + " " + r.body());
    }
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.split(";", 2)[0])
        .reduce((a, b) -> b)
        .orElseThrow(() -> new IllegalStateException("no JSESSIONID cookie for " + username));
  }

  public Reply get(String cookie, String path) {
    return reply(await(send(request(path, cookie).GET())));
  }

  public Reply put(String cookie, String path, String json) {
    return reply(await(send(request(path, cookie).PUT(HttpRequest.BodyPublishers.ofString(json)))));
  }

  public Reply post(String cookie, String path, String json) {
    return reply(await(postAsync(cookie, path, json)));
  }

  public CompletableFuture<HttpResponse<String>> postAsync(
      String cookie, String path, String json) {
    return send(request(path, cookie).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path, String cookie) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json");
    return cookie == null ? b : b.header("Cookie", cookie);
  }

  private CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request) {
    return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Reply reply(HttpResponse<String> r) {
    return new Reply(r.statusCode(), r.body());
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The load tools generate heavy load: they talk to the loopback interface only. */
  public static void requireLoopback(URI base) {
    if (!"http".equals(base.getScheme()) || base.getHost() == null) {
      throw new IllegalArgumentException(
          "--base-url must be http://<loopback>:<port>/, was " + base);
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(base.getHost())) {
        if (!a.isLoopbackAddress()) {
          throw new IllegalArgumentException(
              "refusing non-loopback host " + base.getHost() + " (" + a + ")");
        }
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + base.getHost(), e);
    }
  }
}
