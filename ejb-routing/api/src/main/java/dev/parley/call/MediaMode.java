package dev.parley.call;

/** Where call media flows: between the browsers, or through Kurento Media Server. */
public enum MediaMode {
  PEER_TO_PEER,
  KURENTO
}
