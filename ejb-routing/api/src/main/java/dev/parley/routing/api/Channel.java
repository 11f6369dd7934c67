package dev.parley.routing.api;

/** The medium a contact arrives on; it decides capacity, exclusivity and blending. */
public enum Channel {
  VOICE,
  VIDEO,
  CHAT,
  EMAIL,
  SMS,
  /**
   * A message a caller left when the queue sent the call to voicemail: deferrable work like e-mail,
   * never a live call.
   */
  VOICEMAIL;

  /** A live call needs the agent's full attention: nothing else is offered while one runs. */
  public boolean isLiveCall() {
    return this == VOICE || this == VIDEO;
  }

  /** Deferred work an agent can put down to take a call (and may be blended at low load). */
  public boolean isDeferrable() {
    return this == EMAIL || this == SMS || this == VOICEMAIL;
  }
}
