package dev.parley.web.admin.rest;

import dev.parley.account.Role;
import dev.parley.routing.api.admin.BusinessHoursDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.web.platform.error.Errors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Business-hours calendars ({@code /api/admin/business-hours}), by name. A queue refers to one with
 * its {@code businessHours} field; changing a calendar reconfigures those queues in the running
 * engine at once.
 */
@ApplicationScoped
@Path("/admin/business-hours")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "routing admin", description = "Queues and agents' routing profiles (admin)")
public class BusinessHoursResource {

  @EJB RoutingAdmin admin;

  @GET
  @Operation(summary = "All business-hours calendars")
  public List<BusinessHoursDefinition> calendars() {
    return admin.list(ReferenceKind.BUSINESS_HOURS);
  }

  @GET
  @Path("/{name}")
  @Operation(summary = "One business-hours calendar")
  @APIResponse(responseCode = "404", description = "No such calendar")
  public Response calendar(@PathParam("name") String name) {
    return admin
        .find(ReferenceKind.BUSINESS_HOURS, name)
        .map(c -> Response.ok(c).build())
        .orElseGet(
            () ->
                Errors.of(Response.Status.NOT_FOUND, "no business-hours calendar '" + name + "'"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a business-hours calendar")
  @APIResponse(responseCode = "201", description = "Created; the calendar as stored")
  @APIResponse(
      responseCode = "400",
      description =
          "Unknown time zone or day, a time that is not HH:mm, overlapping windows, a bad holiday date")
  @APIResponse(responseCode = "409", description = "A calendar of that name exists")
  public Response create(BusinessHoursDefinition body) {
    if (body == null) {
      return Errors.of(Response.Status.BAD_REQUEST, "request body required");
    }
    if (body.name() != null
        && !body.name().isBlank()
        && admin.find(ReferenceKind.BUSINESS_HOURS, body.name().strip()).isPresent()) {
      return Errors.of(
          Response.Status.CONFLICT,
          "business-hours calendar '" + body.name() + "' exists; PUT replaces it");
    }
    BusinessHoursDefinition saved = admin.save(ReferenceKind.BUSINESS_HOURS, body).definition();
    return Response.created(
            UriBuilder.fromPath("/api/admin/business-hours/{name}").build(saved.name()))
        .entity(saved)
        .build();
  }

  @PUT
  @Path("/{name}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create or replace a business-hours calendar",
      description = "Queues using the calendar open and close by the new hours at once.")
  @APIResponse(responseCode = "200", description = "Stored; the calendar as stored")
  @APIResponse(
      responseCode = "400",
      description = "Invalid calendar, or name differs from the path; nothing stored")
  public BusinessHoursDefinition replace(
      @PathParam("name") String name, BusinessHoursDefinition body) {
    if (body == null || body.name() == null || !body.name().strip().equals(name)) {
      throw new IllegalArgumentException(
          "body name must equal the path's calendar name '" + name + "'");
    }
    return admin.save(ReferenceKind.BUSINESS_HOURS, body).definition();
  }

  @DELETE
  @Path("/{name}")
  @Operation(summary = "Delete a business-hours calendar no queue uses")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such calendar")
  @APIResponse(responseCode = "409", description = "A queue uses the calendar")
  public Response delete(@PathParam("name") String name) {
    admin.delete(ReferenceKind.BUSINESS_HOURS, name);
    return Response.noContent().build();
  }
}
