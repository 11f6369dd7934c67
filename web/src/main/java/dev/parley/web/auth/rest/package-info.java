/** {@code /api/auth}: log in, log out, and who is logged in with which roles. */
package dev.parley.web.auth.rest;
