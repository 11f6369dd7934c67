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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Supervisors' live view of queues and agents, as the routing engine sees them now. */
@ApplicationScoped
@Path("/supervisor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Tag(name = "supervisor", description = "Live queues and agents")
public class SupervisorResource {

  @EJB RoutingService routing;

  @GET
  @Path("/queues")
  @Operation(
      summary = "Per queue: contacts waiting, longest wait (s), service level achieved and target")
  public List<LiveStatus.QueueStatus> queues() {
    return routing.queueStatus();
  }

  @GET
  @Path("/agents")
  @Operation(
      summary =
          "Per agent with a routing profile: presence (with a break's reason, or why routing took it offline),"
              + " whether its workstation is connected, and contacts held")
  public List<LiveStatus.AgentStatus> agents() {
    return routing.agentStatus();
  }
}
