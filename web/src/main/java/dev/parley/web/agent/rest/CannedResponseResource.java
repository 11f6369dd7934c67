package dev.parley.web.agent.rest;

import dev.parley.account.Role;
import dev.parley.chat.CannedResponse;
import dev.parley.chat.CannedResponses;
import dev.parley.routing.api.id.AgentId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An agent's canned responses: the shared ones (read only) and its own. */
@ApplicationScoped
@Path("/agent/canned-responses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AGENT_NAME)
@Tag(name = "canned responses", description = "Ready-made replies with placeholders")
public class CannedResponseResource {

  /** Body of a new canned response. */
  public record CannedBody(String title, String text) {}

  @EJB CannedResponses canned;

  @Context SecurityContext security;

  private AgentId me() {
    return AgentId.of(security.getUserPrincipal().getName());
  }

  @GET
  @Operation(summary = "The shared canned responses, then yours")
  public List<CannedResponse> list() {
    return canned.forAgent(me());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save a canned response of your own")
  public Response create(CannedBody body) {
    if (body == null) {
      throw new IllegalArgumentException("request body required");
    }
    return Response.status(Response.Status.CREATED)
        .entity(canned.create(me(), body.title(), body.text()))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete one of your own")
  public Response delete(@PathParam("id") String id) {
    if (!canned.delete(id, me())) {
      throw new NotFoundException("no canned response " + id + " of yours");
    }
    return Response.noContent().build();
  }
}
