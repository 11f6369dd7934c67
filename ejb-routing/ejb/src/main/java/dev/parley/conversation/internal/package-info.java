/**
 * {@link dev.parley.conversation.Conversations} on its own tables (migration V8): the conversation
 * row numbers its messages (locked while a message is added, so numbers are gapless and in storing
 * order), participants, consult requests, and attachments whose bytes live under the data
 * directory.
 */
package dev.parley.conversation.internal;
