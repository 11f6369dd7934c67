package dev.parley.routing.api.admin;

/**
 * What saving a definition did: the definition as stored (names normalised, defaults filled in) and
 * whether it was created rather than replaced.
 */
public record Saved<D>(D definition, boolean created) {}
