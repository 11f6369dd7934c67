/**
 * Logging in and out. The server's Elytron security domain checks the password against the bcrypt
 * hash in the database; the identity then lives in the HTTP session, which also authenticates
 * WebSocket handshakes. Its own package beside the audiences rather than in the platform: it is a
 * feature with an API of its own that every audience's login uses and that needs the account
 * service, while the platform is plumbing that knows no feature.
 */
package dev.parley.web.auth;
