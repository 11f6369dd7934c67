/**
 * Admin REST under {@code /api/admin}: accounts, skills, business hours, queues, agents' routing
 * profiles and the engine-wide routing settings; every change is live at once.
 */
package dev.parley.web.admin.rest;
