/**
 * Generic WebSocket plumbing, knowing no audience and no message type: a {@link
 * dev.parley.web.platform.ws.MessageCodec} over a socket's own sealed message types, the {@link
 * dev.parley.web.platform.ws.Outbox} every frame to a session goes through (in order, one send in
 * flight), the {@link dev.parley.web.platform.ws.SerialLane} that takes pushes off routing's single
 * writer, and the {@link dev.parley.web.platform.ws.Pacer} that turns bursts of changes into a few
 * reads of a live view per second.
 */
package dev.parley.web.platform.ws;
