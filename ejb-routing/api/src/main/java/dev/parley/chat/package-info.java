/**
 * The web chat channel's own API: entry points (how a website's widget reaches Parley), the
 * visitor's side of a chat ({@link VisitorChat}, implemented by the chat adapter in channels/),
 * what visitors are told ({@link VisitorNotification}) and canned responses for agents.
 */
package dev.parley.chat;
