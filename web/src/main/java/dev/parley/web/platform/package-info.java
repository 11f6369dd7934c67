/**
 * What every audience uses and that knows none of them: WebSocket plumbing, REST access control,
 * error bodies, JSON, request helpers, health and serving the Angular app. Nothing here uses an
 * audience's package (WebLayoutTest keeps it so).
 */
package dev.parley.web.platform;
