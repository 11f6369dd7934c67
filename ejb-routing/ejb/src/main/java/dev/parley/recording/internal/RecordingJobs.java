package dev.parley.recording.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The recordings' background work: the check of files against metadata once, just after start-up;
 * the expiry of recordings past their retention every hour; browser recordings whose chunks stopped
 * coming (a closed tab) finished every 30 s. Each runs in its own transaction through {@link
 * RecordingsBean}; a failing run is logged and the next one tries again.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RecordingJobs {

  private static final Logger LOG = Logger.getLogger(RecordingJobs.class.getName());

  @EJB RecordingsBean recordings;

  @Inject Clock clock;

  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "parley.recordings.idle-finish-seconds", defaultValue = "60")
  int idleFinishSeconds;

  @PostConstruct
  void start() {
    if (idleFinishSeconds < 10 || idleFinishSeconds > 3600) {
      throw new IllegalStateException(
          "parley.recordings.idle-finish-seconds must be 10..3600, was " + idleFinishSeconds);
    }
    timers.createSingleActionTimer(1000, new TimerConfig("recordings-check", false));
  }

  @Timeout
  void checkAtStart() {
    try {
      recordings.check();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "event=recordings.check.failed", e);
    }
  }

  @Schedule(hour = "*", minute = "7", persistent = false, info = "recordings-expiry")
  void expire() {
    try {
      recordings.expire(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "event=recordings.expiry.failed", e);
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "recordings-idle")
  void finishIdle() {
    try {
      recordings.finishIdle(clock.instant().minus(Duration.ofSeconds(idleFinishSeconds)));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "event=recordings.idle.failed", e);
    }
  }
}
