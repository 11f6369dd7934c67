package dev.parley.conversation;

import dev.parley.routing.api.id.ContactId;
import java.nio.file.Path;

/** An attachment's facts and where its bytes are ({@code file}, under the data directory). */
public record StoredAttachment(ContactId conversation, AttachmentRef ref, Path file) {}
