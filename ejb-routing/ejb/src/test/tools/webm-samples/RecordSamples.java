import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Records the Chromium samples of src/test/resources/webm: serves a page to headless Chromium
 * whose MediaRecorder records the fake camera and microphone with a 1000 ms timeslice and posts
 * every blob back, which this appends to its file in order — as Parley's server does with an
 * agent's uploads. Not part of the build; run by hand with a JDK 17 and Debian's chromium:
 *
 * <pre>java RecordSamples.java OUTPUT_DIRECTORY</pre>
 *
 * It prints each blob's size and the browser's log lines (user agent, pause, resume).
 */
public final class RecordSamples {

  private static final String PAGE =
      """
      <!doctype html><html><body><script>
      const log = m => fetch('/log', {method: 'POST', body: String(m)});
      const sleep = ms => new Promise(r => setTimeout(r, ms));
      async function record(name, constraints, mimeType, plan) {
        const stream = await navigator.mediaDevices.getUserMedia(constraints);
        const recorder = new MediaRecorder(stream,
            {mimeType, audioBitsPerSecond: 32000, videoBitsPerSecond: 80000});
        let uploads = Promise.resolve();
        let blob = 0;
        recorder.ondataavailable = e => {
          const url = '/chunk?name=' + name + '&i=' + blob++;
          uploads = uploads.then(() => fetch(url, {method: 'POST', body: e.data}));
        };
        const stopped = new Promise(r => recorder.onstop = r);
        recorder.start(1000);
        await plan(recorder);
        recorder.stop();
        await stopped;
        await uploads;
        stream.getTracks().forEach(t => t.stop());
        await log(name + ' ' + mimeType + ': ' + blob + ' blobs');
      }
      (async () => {
        try {
          await log(navigator.userAgent);
          const video = {width: {exact: 160}, height: {exact: 120}, frameRate: 15};
          const av = {audio: true, video};
          await record('chromium-vp8-opus.webm', av, 'video/webm;codecs=vp8,opus', () => sleep(4000));
          await record('chromium-vp9-opus.webm', av, 'video/webm;codecs=vp9,opus', () => sleep(3000));
          await record('chromium-opus.webm', {audio: true}, 'audio/webm;codecs=opus', () => sleep(4000));
          await record('chromium-vp8-opus-paused.webm', av, 'video/webm;codecs=vp8,opus', async r => {
            await sleep(1500);
            r.pause();
            await log('paused');
            await sleep(2000);
            r.resume();
            await log('resumed');
            await sleep(1500);
          });
        } catch (e) {
          await log('failed: ' + e);
        }
        await fetch('/done', {method: 'POST'});
      })();
      </script></body></html>
      """;

  public static void main(String[] args) throws Exception {
    Path output = Files.createDirectories(Path.of(args[0]));
    CountDownLatch done = new CountDownLatch(1);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> handle(exchange, output, done));
    server.start();
    Path profile = Files.createTempDirectory("record-samples");
    Process chromium =
        new ProcessBuilder(
                "/usr/bin/chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                "--user-data-dir=" + profile,
                "http://127.0.0.1:" + server.getAddress().getPort() + "/")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    boolean finished = done.await(2, TimeUnit.MINUTES);
    chromium.destroy();
    chromium.waitFor(10, TimeUnit.SECONDS);
    server.stop(0);
    System.out.println(finished ? "done" : "timed out");
  }

  private static void handle(HttpExchange exchange, Path output, CountDownLatch done)
      throws IOException {
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getQuery();
    byte[] body = exchange.getRequestBody().readAllBytes();
    byte[] response = new byte[0];
    switch (path) {
      case "/" -> {
        response = PAGE.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html");
      }
      case "/chunk" -> {
        // the page names its own files; this tool only runs against that page on loopback
        String name = query.replaceAll(".*name=([a-z0-9.-]+).*", "$1");
        Files.write(
            output.resolve(name), body, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("blob " + query + ": " + body.length + " bytes");
      }
      case "/log" -> System.out.println("page: " + new String(body, StandardCharsets.UTF_8));
      case "/done" -> done.countDown();
      default -> {}
    }
    exchange.sendResponseHeaders(200, response.length == 0 ? -1 : response.length);
    exchange.getResponseBody().write(response);
    exchange.close();
  }
}
