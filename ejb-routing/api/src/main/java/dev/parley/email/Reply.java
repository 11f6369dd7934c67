package dev.parley.email;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An agent's answer to a thread: its text, more recipients in copy, files uploaded to the
 * conversation before, and whether the customer's last message is quoted below it.
 */
public record Reply(
    @NotBlank @Size(max = 64) String clientId,
    @NotNull @Size(max = 100_000) String text,
    @NotNull @Size(max = 20) List<@NotBlank @Size(max = 320) String> cc,
    @NotNull @Size(max = 10) List<@NotBlank String> attachments,
    boolean quote) {

  public Reply {
    cc = cc == null ? List.of() : List.copyOf(cc);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
