/**
 * Jakarta WebSocket endpoints. Messages are typed JSON with a {@code type} discriminator,
 * modelled as sealed interfaces of records; the login session authenticates the handshake.
 */
package dev.parley.web.ws;
