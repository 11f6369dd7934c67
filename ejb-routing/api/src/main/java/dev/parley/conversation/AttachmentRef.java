package dev.parley.conversation;

import dev.parley.routing.api.id.AttachmentId;

/** A stored file: its id, the name it was uploaded with, the type found in its content, bytes. */
public record AttachmentRef(AttachmentId id, String name, String type, long size) {}
