/** Turns failures into JSON error bodies with the right 4xx status; nothing leaks a stack trace. */
package dev.parley.web.error;
