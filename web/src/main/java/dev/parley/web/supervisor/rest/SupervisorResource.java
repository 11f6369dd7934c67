package dev.parley.web.supervisor.rest;

import dev.parley.account.Role;
import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.RoutingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Supervisors' live view of queues, agents and calls, as the routing engine sees them now. The same
 * rows reach wallboards live over {@code /ws/supervisor} (docs/supervisor-protocol.md).
 */
@ApplicationScoped
@Path("/supervisor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Tag(name = "supervisor", description = "Live queues, agents and calls")
public class SupervisorResource {

  @EJB RoutingService routing;

  @GET
  @Path("/queues")
  @Operation(
      summary =
          "Per queue: contacts waiting (in all and per channel), longest wait (s) and since when,"
              + " service level achieved and target, agents available, busy and on break")
  @APIResponse(responseCode = "200", description = "Every queue, in name order")
  @APIResponse(responseCode = "503", description = "Routing is too busy to answer now")
  public List<LiveStatus.QueueStatus> queues() {
    return routing.queueStatus();
  }

  @GET
  @Path("/agents")
  @Operation(
      summary =
          "Per agent with a routing profile: presence since when (with a break's reason, or why"
              + " routing took it offline), whether its workstation is connected, and contacts held"
              + " (state since when, channel, queue, customer)")
  @APIResponse(responseCode = "200", description = "Every agent with a routing profile")
  @APIResponse(responseCode = "503", description = "Routing is too busy to answer now")
  public List<LiveStatus.AgentStatus> agents() {
    return routing.agentStatus();
  }

  @GET
  @Path("/calls")
  @Operation(
      summary =
          "The voice and video calls agents are talking on now: contact (the call's conversation),"
              + " channel, queue, agent, customer (identity and name) and when it was answered")
  @APIResponse(responseCode = "200", description = "Live calls, the longest first")
  @APIResponse(responseCode = "503", description = "Routing is too busy to answer now")
  public List<LiveStatus.LiveCall> calls() {
    return routing.liveCalls();
  }
}
