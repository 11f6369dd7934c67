/**
 * Turns failures into JSON error bodies with the right status: invalid input, JAX-RS's own
 * failures, and routing's refusals (400/403/404/409, 503 with Retry-After when it is busy); nothing
 * leaks a stack trace.
 */
package dev.parley.web.platform.error;
