/** Helpers for the REST resources of every audience, such as reading a request's enum fields. */
package dev.parley.web.platform.rest;
