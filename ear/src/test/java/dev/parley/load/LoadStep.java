package dev.parley.load;

import static dev.parley.load.LoadRun.daemon;
import static dev.parley.load.LoadRun.print;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One step of a load run at one rate: posts {@code rate × (warm-up + seconds)} contacts on a fixed
 * open-loop schedule, matches each offer frame to its contact by the customer name (unique per
 * step), has the agent do its work and prints the measured part (after warm-up). An offer for a
 * contact of an earlier step or run is counted as stale and left alone.
 */
final class LoadStep implements LoadAgent.OfferSink {
  private final LoadOptions options;
  private final LoadHttp http;
  private final IntakeConnections intake;
  private final int rate;
  private final String tag = Long.toString(System.nanoTime(), 36);
  private final int total;
  private final int warm;
  private final AtomicLongArray sentAt;
  private final AtomicLongArray offerAt;
  private final AtomicLongArray intakeNanos;
  private final Semaphore inFlight;
  private final CountDownLatch settled;
  private final AtomicLong intakeOk = new AtomicLong();
  private final AtomicLong intakeErrors = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong offers = new AtomicLong();
  private final AtomicLong staleOffers = new AtomicLong();
  private final AtomicLong agentWorkErrors = new AtomicLong();
  private final AtomicLong socketErrors = new AtomicLong();
  private final AtomicLong maxPacingLagNanos = new AtomicLong();
  private volatile long startNanos;

  LoadStep(LoadOptions options, LoadHttp http, IntakeConnections intake, int rate) {
    this.options = options;
    this.http = http;
    this.intake = intake;
    this.rate = rate;
    this.total = rate * (options.warmupSeconds() + options.seconds());
    this.warm = rate * options.warmupSeconds();
    this.sentAt = new AtomicLongArray(total);
    this.offerAt = new AtomicLongArray(total);
    this.intakeNanos = new AtomicLongArray(total);
    this.inFlight = new Semaphore(options.maxInFlight());
    this.settled = new CountDownLatch(total);
  }

  /** The open-loop schedule: contact {@code i} is due at start + i / rate, whatever the answers. */
  void post(List<String> admins) throws InterruptedException {
    ScheduledExecutorService pacer =
        Executors.newSingleThreadScheduledExecutor(daemon("load-pacer"));
    CountDownLatch allSent = new CountDownLatch(1);
    long[] next = {0};
    startNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
    pacer.scheduleAtFixedRate(
        () -> {
          long now = System.nanoTime();
          long due = Math.min(total, Math.max(0, (now - startNanos) * rate / 1_000_000_000L + 1));
          for (; next[0] < due; next[0]++) {
            int seq = (int) next[0];
            maxPacingLagNanos.accumulateAndGet(now - scheduled(seq), Math::max);
            send(seq, admins.get(seq % admins.size()));
          }
          if (next[0] >= total) {
            allSent.countDown();
          }
        },
        0,
        1,
        TimeUnit.MILLISECONDS);
    allSent.await(options.warmupSeconds() + options.seconds() + 60L, TimeUnit.SECONDS);
    pacer.shutdownNow();
    settled.await(options.drainSeconds(), TimeUnit.SECONDS);
    inFlight.tryAcquire(options.maxInFlight(), options.drainSeconds(), TimeUnit.SECONDS);
  }

  private long scheduled(int seq) {
    return startNanos + seq * 1_000_000_000L / rate;
  }

  private void send(int seq, String admin) {
    if (!inFlight.tryAcquire()) {
      skipped.incrementAndGet();
      settled.countDown();
      return;
    }
    String body =
        "{\"channel\":\"CHAT\",\"queue\":\"%s\",\"customer\":\"load-%s-%d\"}"
            .formatted(LoadSetup.QUEUE, tag, seq);
    long sent = System.nanoTime();
    sentAt.set(seq, sent);
    intake.post(
        admin,
        "api/contacts",
        body,
        (answer, answeredNanos) -> {
          intakeNanos.set(seq, answeredNanos - sent);
          inFlight.release();
          if (answer.status() != 201) {
            if (intakeErrors.incrementAndGet() <= 3) {
              System.err.println("intake error: " + answer.status() + " " + answer.body());
            }
            settled.countDown();
          } else {
            intakeOk.incrementAndGet();
          }
        });
  }

  @Override
  public void offer(LoadAgent agent, String contactId, String customer, long receivedNanos) {
    String prefix = "load-" + tag + "-";
    if (!customer.startsWith(prefix)) {
      staleOffers.incrementAndGet();
      return;
    }
    int seq = Integer.parseInt(customer.substring(prefix.length()));
    if (offerAt.compareAndSet(seq, 0, receivedNanos)) {
      offers.incrementAndGet();
      settled.countDown();
    }
    String base = "api/agent/";
    CompletableFuture<?> work =
        switch (options.agentWork()) {
          case "accept" ->
              expect200(http.postAsync(agent.cookie, base + "offers/" + contactId + "/accept", ""));
          case "complete" ->
              expect200(http.postAsync(agent.cookie, base + "offers/" + contactId + "/accept", ""))
                  .thenCompose(
                      x ->
                          expect200(
                              http.postAsync(
                                  agent.cookie, base + "contacts/" + contactId + "/end", "")))
                  .thenCompose(
                      x ->
                          expect200(
                              http.postAsync(
                                  agent.cookie,
                                  base + "contacts/" + contactId + "/wrap-up",
                                  "{\"disposition\":null}")));
          default -> CompletableFuture.completedFuture(null);
        };
    work.exceptionally(
        e -> {
          if (agentWorkErrors.incrementAndGet() <= 3) {
            System.err.println("agent work error (" + agent.username + "): " + e);
          }
          return null;
        });
  }

  private static CompletableFuture<HttpResponse<String>> expect200(
      CompletableFuture<HttpResponse<String>> call) {
    return call.thenApply(
        r -> {
          if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
          }
          return r;
        });
  }

  @Override
  public void failure(LoadAgent agent, Throwable error) {
    if (socketErrors.incrementAndGet() <= 3) {
      System.err.println("socket error (" + agent.username + "): " + error);
    }
  }

  void report() {
    long[] intake = new long[total];
    long[] offer = new long[total];
    int intakes = 0;
    int offered = 0;
    long posted = 0;
    long lastOffer = 0;
    for (int seq = warm; seq < total; seq++) {
      if (sentAt.get(seq) == 0) {
        continue;
      }
      posted++;
      if (intakeNanos.get(seq) != 0) {
        intake[intakes++] = intakeNanos.get(seq);
      }
      long o = offerAt.get(seq);
      if (o != 0) {
        offer[offered++] = o - sentAt.get(seq);
        lastOffer = Math.max(lastOffer, o);
      }
    }
    long measuredStart = scheduled(warm);
    double window = Math.max(options.seconds(), (lastOffer - measuredStart) / 1e9);
    LoadStats in = new LoadStats(intake, intakes);
    LoadStats of = new LoadStats(offer, offered);
    long missing = intakeOk.get() - offers.get(); // over the whole run, warm-up included
    print("agents", options.agents());
    print("agent_work", options.agentWork());
    print("target_rate", rate);
    print("measured_seconds", options.seconds());
    print("contacts_posted", posted);
    print("contacts_stored_with_warmup", intakeOk.get()); // for CPU per contact over a whole step
    print("offers_received", offered);
    print("sustained_contacts_per_s", offered / window);
    print("intake_p50_ms", in.ms(50));
    print("intake_p99_ms", in.ms(99));
    print("offer_p50_ms", of.ms(50));
    print("offer_p99_ms", of.ms(99));
    print("offer_max_ms", of.maxMs());
    print("max_pacing_lag_ms", maxPacingLagNanos.get() / 1e6);
    print("intake_errors", intakeErrors.get());
    print("skipped_over_max_in_flight", skipped.get());
    print("offers_missing_whole_run", Math.max(0, missing));
    print("agent_work_errors", agentWorkErrors.get());
    print("socket_errors", socketErrors.get());
    print("stale_offers", staleOffers.get());
    print(
        "errors",
        intakeErrors.get()
            + skipped.get()
            + Math.max(0, missing)
            + agentWorkErrors.get()
            + socketErrors.get());
  }
}
