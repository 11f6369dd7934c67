package dev.parley.email;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Mail to {@code address} goes to {@code queue}: an address ({@code support@example.com}), a domain
 * ({@code @example.com}), or {@code *} — every other address (the default queue). The most precise
 * rule wins; addresses are compared in lower case.
 */
public record MailRoute(
    @NotBlank @Size(max = 320) @Pattern(regexp = "\\*|[^\\s@<>]*@[^\\s@<>]+") String address,
    @NotBlank @Size(max = 64) String queue) {}
