/**
 * Chat delivery shared by the visitor and agent sockets: stored conversation messages go to every
 * session that should see them, per conversation in sequence order ({@link ChatDelivery}), in the
 * wire form both sockets use ({@link WireMessage}); typing and read receipts are relayed between
 * the two sides. docs/chat-protocol.md is the contract.
 */
package dev.parley.web.chat;
