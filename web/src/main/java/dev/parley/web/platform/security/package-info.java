/**
 * Authorization for the REST API: every resource method must declare who may call it
 * ({@code @RolesAllowed}, {@code @PermitAll}); undeclared methods are refused. WebSocket endpoints
 * check the account's role themselves when they open (ADR 0004); the handshake Origin check that
 * ADR asks for belongs here too and does not exist yet (docs/web-layout.md).
 */
package dev.parley.web.platform.security;
