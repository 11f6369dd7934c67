/**
 * The Kurento mode of calls: {@link dev.parley.media.kurento.KurentoMedia} runs one media pipeline
 * per call on Kurento Media Server, reached over its JSON-RPC WebSocket with the Kurento Java
 * client. Browsers have a single peer, the media server; two parties are connected to each other
 * directly, three or more through a mixing hub, and a waiting or held customer hears music played
 * by the server. Connection handling ({@code KurentoConnection}) is kept apart from the media
 * topology ({@code CallMedia}, {@code Topology}, {@code Participant}, {@code HoldMusic}).
 */
package dev.parley.media.kurento;
