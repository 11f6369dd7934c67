package dev.parley.call;

import java.util.List;

/**
 * What a party that joined a call's media needs: the mode, the peers to connect to (see {@link
 * Peer#offer()}), the ICE servers with fresh credentials, whether the call is on hold and where
 * music on hold comes from ({@code musicFromServer}: through the media in Kurento mode; otherwise
 * the customer's browser plays Parley's files itself).
 */
public record CallSetup(
    MediaMode mode,
    List<Peer> peers,
    List<IceServer> iceServers,
    boolean held,
    boolean musicFromServer) {}
