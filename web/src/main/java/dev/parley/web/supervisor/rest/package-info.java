/**
 * Supervisors' REST resources ({@code /api/supervisor}, {@code GET /api/contacts/{id}}); admins may
 * read them too.
 */
package dev.parley.web.supervisor.rest;
