/**
 * Authorization for the REST API: every resource method must declare who may call it
 * ({@code @RolesAllowed}, {@code @PermitAll}); undeclared methods are refused.
 */
package dev.parley.web.security;
