/**
 * Calls on the sockets (docs/call-protocol.md): the wire shapes both sockets share, the delivery of
 * {@link dev.parley.call.CallEvent}s to the customer's widget or an agent's workstations, and the
 * translation of signaling frames into {@link dev.parley.call.Calls}.
 */
package dev.parley.web.platform.call;
