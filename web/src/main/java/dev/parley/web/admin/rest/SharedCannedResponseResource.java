package dev.parley.web.admin.rest;

import dev.parley.account.Role;
import dev.parley.chat.CannedResponse;
import dev.parley.chat.CannedResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The shared canned responses every agent sees. */
@ApplicationScoped
@Path("/admin/canned-responses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "admin", description = "Reference data")
public class SharedCannedResponseResource {

  /** Body of a shared canned response. */
  public record CannedBody(String title, String text) {}

  @EJB CannedResponses canned;

  @GET
  @Operation(summary = "The shared canned responses")
  public List<CannedResponse> list() {
    return canned.shared();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a shared canned response")
  public Response create(CannedBody body) {
    if (body == null) {
      throw new IllegalArgumentException("request body required");
    }
    return Response.status(Response.Status.CREATED)
        .entity(canned.create(null, body.title(), body.text()))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a shared canned response")
  public CannedResponse update(@PathParam("id") String id, CannedBody body) {
    if (body == null) {
      throw new IllegalArgumentException("request body required");
    }
    return canned.updateShared(id, body.title(), body.text());
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a shared canned response")
  public Response delete(@PathParam("id") String id) {
    if (!canned.delete(id, null)) {
      throw new NotFoundException("no shared canned response " + id);
    }
    return Response.noContent().build();
  }
}
