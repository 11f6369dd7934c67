package dev.parley.routing.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A skill of the catalogue. The name is normalised when stored (trimmed, lower case), as the engine
 * compares skills; {@code kind} is SKILL (the default when null) or LANGUAGE.
 */
public record SkillDefinition(@NotBlank @Size(max = 64) String name, String kind) {}
