/**
 * The web tier, by audience: {@code agent}, {@code visitor}, {@code supervisor}, {@code admin} and
 * {@code intake} each hold their REST resources ({@code rest}, under {@code /api}) and WebSocket
 * endpoints ({@code ws}, under {@code /ws}); {@code auth} is logging in, for every audience; {@code
 * platform} holds what they share and knows none of them. This package holds only the JAX-RS
 * application with the OpenAPI definition. Where new code goes: docs/web-layout.md.
 */
package dev.parley.web;
