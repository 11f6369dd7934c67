package dev.parley.chat;

import jakarta.validation.constraints.Size;

/** A visitor starts a chat: the menu leaf chosen, pre-chat fields, an optional first message. */
public record StartRequest(
    @Size(max = 64) String option,
    @Size(max = 100) String name,
    @Size(max = 254) String email,
    @Size(max = 4000) String text) {}
