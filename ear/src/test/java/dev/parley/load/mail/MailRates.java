package dev.parley.load.mail;

import static dev.parley.load.Flags.bounded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.parley.load.LoadHttp;
import dev.parley.load.ProcessCpu;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * E-mail throughput against a running server (docs/benchmarks.md, "E-mail"): {@code --messages}
 * new-thread messages over {@code --connections} SMTP connections (many messages per connection, as
 * a relaying mail server sends a burst), each a new customer; measures how fast they are accepted
 * (250: stored durably), how fast they become routed EMAIL contacts (the queue's waiting count),
 * and how fast the automatic acknowledgements go out (a sink on {@code --sink-port}, where the
 * server sends: start it with {@code -Dparley.email.out.port=<sink-port>
 * -Dparley.email.out.starttls=false}). The sink counts and discards ({@link CountingSmtpSink}), as
 * the tool shares the cores with the server it measures; {@code --sink greenmail} takes the mail
 * with GreenMail instead (it parses and keeps every message: the earlier rounds' numbers). Prints
 * {@code key=value} lines, the tool's own CPU per message among them. Loopback only.
 */
public final class MailRates {

  private MailRates() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      flags.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    URI base = URI.create(flags.getOrDefault("base-url", "http://127.0.0.1:8080/"));
    LoadHttp.requireLoopback(base);
    int smtpPort = bounded(flags, "smtp-port", 2525, 1, 65535);
    int sinkPort = bounded(flags, "sink-port", 3025, 1, 65535);
    int messages = bounded(flags, "messages", 5000, 1, 1_000_000);
    int connections = bounded(flags, "connections", 16, 1, 200);
    long serverPid = Long.parseLong(flags.getOrDefault("server-pid", "0"));
    ExecutorService io = Executors.newFixedThreadPool(connections + 2);
    LoadHttp http = new LoadHttp(base, io);
    String admin = http.login("admin", "parley-demo");
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String queue = "rate-" + unique;
    String address = "rate-" + unique + "@example.com";
    check(
        http.post(
            admin,
            "api/admin/queues",
            ("{\"name\":\"%s\",\"channels\":[\"EMAIL\"],\"priority\":0,\"strategy\":\"LONGEST_IDLE\","
                    + "\"offerTimeoutSeconds\":600,\"wrapUpSeconds\":0,\"dispositionCodes\":[],"
                    + "\"dispositionRequired\":false,\"requiredSkills\":[],"
                    + "\"serviceLevelSeconds\":3600,\"serviceLevelPercent\":80}")
                .formatted(queue)),
        "queue");
    var rules =
        jakarta.json.Json.createArrayBuilder(
            http.get(admin, "api/admin/email/routes").json().asJsonArray());
    rules.add(jakarta.json.Json.createObjectBuilder().add("address", address).add("queue", queue));
    check(http.put(admin, "api/admin/email/routes", rules.build().toString()), "route");

    boolean greenMail = "greenmail".equals(flags.getOrDefault("sink", "counting"));
    try (Sink sink = greenMail ? Sink.greenMail(sinkPort) : Sink.counting(sinkPort)) {
      double cpuBefore = ProcessCpu.seconds(serverPid);
      double toolBefore = ProcessCpu.self();
      long[] machineBefore = machineTicks();
      AtomicInteger next = new AtomicInteger();
      AtomicInteger accepted = new AtomicInteger();
      long start = System.nanoTime();
      List<Future<?>> senders = new ArrayList<>();
      for (int c = 0; c < connections; c++) {
        senders.add(
            io.submit(
                () -> {
                  try (SmtpSession smtp = new SmtpSession("127.0.0.1", smtpPort)) {
                    int n;
                    while ((n = next.getAndIncrement()) < messages) {
                      String from = "c" + n + "-" + unique + "@customers.example.org";
                      String reply =
                          smtp.send(
                              from,
                              address,
                              ("From: Customer %d <%s>\nTo: <%s>\nSubject: Order %d\n"
                                      + "Message-ID: <m%d-%s@customers.example.org>\n"
                                      + "Content-Type: text/plain; charset=UTF-8\n\nWhere is order %d?")
                                  .formatted(n, from, address, n, n, unique, n));
                      if (!reply.startsWith("250")) {
                        throw new IllegalStateException("message " + n + ": " + reply);
                      }
                      accepted.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : senders) {
        f.get();
      }
      double acceptSeconds = (System.nanoTime() - start) / 1e9;
      while (waiting(http, admin, queue) < messages) {
        Thread.sleep(100);
      }
      double filedSeconds = (System.nanoTime() - start) / 1e9;
      double cpuAfter = ProcessCpu.seconds(serverPid);
      long[] machineAfter = machineTicks();
      while (sink.received().getAsInt() < messages) {
        Thread.sleep(100);
      }
      double sentSeconds = (System.nanoTime() - start) / 1e9;
      double toolAfter = ProcessCpu.self();
      print("messages", messages);
      print("connections", connections);
      print("accepted_per_second", messages / acceptSeconds);
      print("routed_contacts_per_second", messages / filedSeconds);
      print("acknowledgements_sent_per_second", messages / sentSeconds);
      print("seconds_to_accept_all", acceptSeconds);
      print("seconds_to_route_all", filedSeconds);
      print("seconds_to_send_all_acknowledgements", sentSeconds);
      if (serverPid > 0) {
        print("server_cpu_ms_per_message", (cpuAfter - cpuBefore) * 1000 / messages);
      }
      long busy = machineAfter[0] - machineBefore[0];
      long all = busy + machineAfter[1] - machineBefore[1];
      print("machine_idle_percent_while_routing", all == 0 ? 0.0 : 100.0 * (all - busy) / all);
      print("sink", greenMail ? "greenmail" : "counting");
      print("tool_cpu_ms_per_message", (toolAfter - toolBefore) * 1000 / messages);
    } finally {
      io.shutdownNow();
    }
  }

  /** Where the acknowledgements go: counted and thrown away, or kept by GreenMail. */
  private record Sink(IntSupplier received, AutoCloseable stop) implements AutoCloseable {

    static Sink counting(int port) throws IOException {
      CountingSmtpSink sink = new CountingSmtpSink(port);
      return new Sink(sink::received, sink);
    }

    static Sink greenMail(int port) {
      GreenMail sink = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
      sink.start();
      return new Sink(() -> sink.getReceivedMessages().length, sink::stop);
    }

    @Override
    public void close() throws Exception {
      stop.close();
    }
  }

  /**
   * The machine's busy and idle (idle + I/O wait) clock ticks since boot, from the first line of
   * {@code /proc/stat}: whether the cores were the limit.
   */
  private static long[] machineTicks() throws IOException {
    // cpu user nice system idle iowait irq softirq steal (guest time is counted in user)
    String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
    long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
    long all = 0;
    for (int i = 1; i <= 8 && i < f.length; i++) {
      all += Long.parseLong(f[i]);
    }
    return new long[] {all - idle, idle};
  }

  private static int waiting(LoadHttp http, String admin, String queue) {
    for (var q : http.get(admin, "api/supervisor/queues").json().asJsonArray()) {
      JsonObject o = q.asJsonObject();
      if (o.getString("queue").equals(queue)) {
        return o.getInt("waiting");
      }
    }
    return 0;
  }

  private static void check(LoadHttp.Reply r, String what) {
    if (r.status() != 200 && r.status() != 201) {
      throw new IllegalStateException(what + ": " + r);
    }
  }

  private static void print(String key, Object value) {
    System.out.println(
        key + "=" + (value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : value));
  }
}
