package dev.parley.web.intake.rest;

import dev.parley.account.Role;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.RoutingService;
import dev.parley.web.platform.error.Errors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Contact intake: {@code POST /api/contacts} (channels use the service directly; this is for tools
 * and tests). The detail {@code GET /api/contacts/{id}} shares the path and its OpenAPI tag but is
 * a supervisor's view ({@code ContactDetailResource}).
 */
@ApplicationScoped
@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contacts", description = "Contacts: intake and detail with routing's explanation")
public class ContactIntakeResource {

  @EJB RoutingService routing;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Hand a new contact to routing",
      description =
          "Body {channel, queue, customer, priority?, direction?}. Answers once the contact is"
              + " stored; it is then queued and offered like any other.")
  @APIResponse(responseCode = "201", description = "Stored; the body is the contact")
  @APIResponse(
      responseCode = "400",
      description =
          "Unknown queue or channel, missing customer or one over 200 characters; nothing stored")
  public Response receive(IntakeRequest body) {
    if (body == null) {
      return Errors.of(Response.Status.BAD_REQUEST, "request body required");
    }
    ContactView stored = routing.receive(body.toNewContact());
    return Response.created(
            UriBuilder.fromResource(ContactIntakeResource.class).path(stored.id()).build())
        .entity(stored)
        .build();
  }
}
