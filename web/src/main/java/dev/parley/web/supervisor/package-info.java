/**
 * Supervisors' views: the live wallboard of queues, agents and calls (REST and the {@code
 * /ws/supervisor} socket), and one contact with routing's explanation.
 */
package dev.parley.web.supervisor;
