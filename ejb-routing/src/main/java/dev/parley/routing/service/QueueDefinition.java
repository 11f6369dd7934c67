package dev.parley.routing.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A queue as administrators edit it. Channel and strategy names are the enum names of {@link
 * dev.parley.routing.contact.Channel} and {@link dev.parley.routing.queue.Strategy}.
 */
public record QueueDefinition(
    @NotBlank @Size(max = 64) String name,
    @NotEmpty List<@NotBlank String> channels,
    int priority,
    @NotBlank String strategy,
    @Min(1) @Max(3600) int offerTimeoutSeconds,
    @Min(0) @Max(86400) int wrapUpSeconds,
    @NotNull List<@NotBlank @Size(max = 64) String> dispositionCodes,
    boolean dispositionRequired,
    @NotNull List<@Valid RequiredSkill> requiredSkills,
    @Min(0) @Max(86400) int serviceLevelSeconds,
    @Min(0) @Max(100) int serviceLevelPercent) {

  /** The queue needs {@code skill} at {@code minLevel} (1..10) or above. */
  public record RequiredSkill(@NotBlank @Size(max = 64) String skill, @Min(1) @Max(10) int minLevel) {}
}
