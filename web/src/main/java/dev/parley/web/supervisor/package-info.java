/**
 * Supervisors' views: live queues and agents, and one contact with routing's explanation. REST only
 * today; a live socket would go in {@code supervisor.ws}.
 */
package dev.parley.web.supervisor;
