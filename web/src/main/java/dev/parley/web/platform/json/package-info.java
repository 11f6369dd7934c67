/** JSON-B configuration shared by REST and WebSocket: null fields are written as {@code null}. */
package dev.parley.web.platform.json;
