/**
 * The one delivery port (platform, because every audience's socket is fed through it and it knows
 * none of them: each registry implements {@link AgentPush} or {@link VisitorPush}). Chat delivery
 * shared by the visitor and agent sockets: stored conversation messages go to every session that
 * should see them, per conversation in sequence order ({@link ChatDelivery}), in the wire form both
 * sockets use ({@link WireMessage}); typing and read receipts are relayed between the two sides.
 * docs/chat-protocol.md is the contract.
 */
package dev.parley.web.platform.delivery;
