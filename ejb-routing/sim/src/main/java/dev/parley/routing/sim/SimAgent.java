package dev.parley.routing.sim;

import dev.parley.routing.api.id.ContactId;

/**
 * What one simulated agent is doing: at most one call and at most one e-mail. A call interrupts the
 * e-mail (preemptive resume): e-mail work only progresses while no call is in progress, and the
 * e-mail's completion is rescheduled for the work left when the call ends.
 *
 * <p>Invariants: {@code emailDone != null} exactly when an e-mail is being worked on (not paused);
 * the agent counts as busy while it holds a call or an e-mail, and busy time is credited only where
 * it overlaps the measurement window.
 */
final class SimAgent {
  private final Window window;
  private ContactId call;
  private Simulation.Live email;
  private long emailLeft;
  private long emailResumedAt;
  private Agenda.Entry emailDone;
  private long busySince;
  private long busyNanos;

  SimAgent(Window window) {
    this.window = window;
  }

  Simulation.Live email() {
    return email;
  }

  boolean onCall() {
    return call != null;
  }

  void callStarted(ContactId id, long now) {
    if (call != null) {
      throw new IllegalStateException("second call " + id + " offered during " + call);
    }
    becomingBusy(now);
    call = id;
    if (emailDone != null) {
      emailLeft -= now - emailResumedAt;
      emailDone.cancel();
      emailDone = null;
    }
  }

  /** Ends the call; the caller resumes the e-mail (if any) with {@link #emailResumed}. */
  void callEnded(long now) {
    call = null;
    becomingIdle(now);
  }

  void emailStarted(Simulation.Live c, long now) {
    if (email != null) {
      throw new IllegalStateException("second e-mail " + c.id + " offered during " + email.id);
    }
    becomingBusy(now);
    email = c;
    emailLeft = c.work;
  }

  /** Work left on the e-mail when it resumes {@code now}; {@code done} fires when it is over. */
  long emailLeft() {
    return emailLeft;
  }

  void emailResumed(long now, Agenda.Entry done) {
    emailResumedAt = now;
    emailDone = done;
  }

  void emailEnded(long now) {
    email = null;
    emailDone = null;
    becomingIdle(now);
  }

  private void becomingBusy(long now) {
    if (call == null && email == null) {
      busySince = now;
    }
  }

  private void becomingIdle(long now) {
    if (call == null && email == null) {
      busyNanos += window.overlap(busySince, now);
    }
  }

  /** Busy time inside the window, counting work still in progress up to {@code now}. */
  long busyNanos(long now) {
    return call == null && email == null ? busyNanos : busyNanos + window.overlap(busySince, now);
  }
}
