/**
 * Web chat against the running server over HTTP and WebSocket, as a widget and a workstation talk
 * to it (docs/chat-protocol.md): the whole conversation, resuming without loss or duplicates, every
 * limit and every access rule.
 */
package dev.parley.it.chat;
