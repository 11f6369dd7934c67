package dev.parley.conversation;

/**
 * What {@link Conversations#postOnce} did: stored {@code message} now, or found it stored before
 * under the same author and client id ({@code repeat}; nothing was stored then).
 */
public record Posted(Message message, boolean repeat) {}
