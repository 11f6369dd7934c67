/**
 * The {@code /ws/supervisor} socket, the supervisors' live wallboard: its own sealed message types
 * ({@link dev.parley.web.supervisor.ws.SupervisorServerMessage}, {@link
 * dev.parley.web.supervisor.ws.SupervisorClientMessage}) and their codec, the endpoint, and the
 * push of routing's live board (queues, agents, live calls) to the open wallboards: a snapshot on
 * connect, then the sections that changed, read again after routing's {@link
 * dev.parley.routing.api.LiveStatus.Changed} a few times a second at most.
 */
package dev.parley.web.supervisor.ws;
