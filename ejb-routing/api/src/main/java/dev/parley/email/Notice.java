package dev.parley.email;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A message Parley sends on its own that belongs to no e-mail thread — a chat transcript, a
 * voicemail notification — to queue in the outbox as composed. {@code key} names what it is about
 * ({@code kind:id}, e.g. {@code transcript:<contact>}, {@code voicemail:<recording>}): the outbox
 * keeps one entry per key, so asking twice sends once. {@code mailFrom} and {@code recipients} are
 * the SMTP envelope; {@code message} the MIME bytes.
 */
public record Notice(
    @NotBlank @Size(max = 200) @Pattern(regexp = "[a-z-]+:\\S+") String key,
    @NotBlank @Size(max = 998) String messageId,
    @NotBlank @Size(max = 320) String mailFrom,
    @NotEmpty List<@NotBlank String> recipients,
    @NotNull byte[] message) {

  public Notice {
    recipients = List.copyOf(recipients);
  }

  /** What the notice is about: the key up to its colon ({@code transcript}, {@code voicemail}). */
  public String kind() {
    return key.substring(0, Math.max(0, key.indexOf(':')));
  }
}
