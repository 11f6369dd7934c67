package dev.parley.routing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A contact handed to routing by a channel (or by a test through REST). */
public record NewContact(
    @NotNull Channel channel,
    @NotBlank @Size(max = 64) String queue,
    @NotBlank @Size(max = 200) String customer,
    int priority,
    @NotNull Direction direction) {}
