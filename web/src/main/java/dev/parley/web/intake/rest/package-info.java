/** {@code POST /api/contacts}: a new contact, stored before it is acknowledged (admin role). */
package dev.parley.web.intake.rest;
