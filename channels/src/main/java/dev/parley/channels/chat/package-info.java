/**
 * The web chat channel: visitors of a website reach Parley through the widget. {@link
 * VisitorChatBean} is the visitor's side (known only by a signed token from {@link VisitorTokens});
 * {@link WebChatChannel} hands a new chat to routing like every adapter; {@link ChatRoutingEvents}
 * turns what routing does with a chat (queued, an agent joined, ended, overflowed) into the
 * conversation's system messages and the visitor's status. Limits are in {@link ChatLimits}.
 */
package dev.parley.channels.chat;
