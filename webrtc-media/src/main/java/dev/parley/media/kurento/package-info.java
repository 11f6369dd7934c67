/**
 * The Kurento mode of calls: {@link dev.parley.media.kurento.KurentoMedia} runs one media pipeline
 * per call on Kurento Media Server, reached over its JSON-RPC WebSocket with the Kurento Java
 * client. Browsers have a single peer, the media server; two parties are connected to each other
 * directly, three or more through a mixing hub, and a waiting or held customer hears music played
 * by the server. The server also records (the whole call mixed and each party on its own, at the
 * same time) and lets a supervisor listen, whisper to the agents or barge in, each on an endpoint
 * of their own. Connection handling ({@code KurentoConnection}) is kept apart from the media
 * topology: {@code Topology} decides every link as a pure function, {@code Wiring} applies the
 * difference, and {@code CallMedia} holds a call's {@code Participant}s, {@code Hubs}, {@code
 * HoldMusic} and {@code CallRecorders}. ADR 0016 and ADR 0019 say why.
 */
package dev.parley.media.kurento;
