package dev.parley.call;

/**
 * How a supervisor takes part in a live call they monitor. Whoever does not hear the supervisor
 * does not learn that they are there.
 */
public enum MonitorMode {
  /** The supervisor hears the call; nobody hears them. */
  LISTEN,
  /** The supervisor hears the call; only the agent hears them (coaching). */
  WHISPER,
  /** The supervisor joins the conversation: everyone hears them. */
  BARGE
}
