/**
 * The web tier: the JAX-RS API under {@code /api}, WebSocket endpoints under {@code /ws}, the
 * health endpoints, and the Angular application served at the root. Thin adapters over the
 * routing module's services; every action is checked against the caller's roles.
 */
package dev.parley.web;
