/**
 * Logging in and out. The server's Elytron security domain checks the password against the
 * bcrypt hash in the database; the identity then lives in the HTTP session, which also
 * authenticates WebSocket handshakes.
 */
package dev.parley.web.auth;
