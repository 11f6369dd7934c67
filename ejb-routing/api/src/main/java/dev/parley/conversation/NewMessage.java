package dev.parley.conversation;

import dev.parley.routing.api.id.AttachmentId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A message to store. {@code clientId} (the sender's own id for it, at most 64 characters) makes a
 * repeat harmless; null only for system messages. A NOTE is always for agents only, whatever {@code
 * visibility} says.
 */
public record NewMessage(
    @Size(max = 64) String clientId,
    @NotNull @Valid Author author,
    @NotNull MessageKind kind,
    @NotNull Visibility visibility,
    @NotNull @Size(max = Conversations.MAX_TEXT) String text,
    @NotNull @Size(max = 10) List<AttachmentId> attachments) {

  public NewMessage {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public static NewMessage event(String text, Visibility visibility) {
    return new NewMessage(null, Author.system(), MessageKind.EVENT, visibility, text, List.of());
  }
}
