package dev.parley.web.supervisor.rest;

import dev.parley.account.Role;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.id.ContactId;
import dev.parley.web.platform.error.Errors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One contact with routing's explanation and its history, for supervisors and admins. It shares
 * {@code /api/contacts} and the OpenAPI tag with intake ({@code ContactIntakeResource}): JAX-RS
 * pools the methods of root resources with the same path, so the API is what it was.
 */
@ApplicationScoped
@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contacts", description = "Contacts: intake and detail with routing's explanation")
public class ContactDetailResource {

  @EJB RoutingService routing;

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  @Operation(summary = "A contact with routing's explanation and its history")
  @APIResponse(responseCode = "404", description = "No such contact")
  public Response get(@PathParam("id") String id) {
    return routing
        .contact(ContactId.of(id))
        .map(d -> Response.ok(d).build())
        .orElseGet(() -> Errors.of(Response.Status.NOT_FOUND, "no contact " + id));
  }
}
