package dev.parley.web.admin.rest;

import dev.parley.account.Role;
import dev.parley.chat.EntryPointDefinition;
import dev.parley.chat.EntryPoints;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Web chat entry points (docs/admin-api.md): allowed origins, texts, the menu into queues, pre-chat
 * fields, the largest attachment. A definition is checked as a whole; a bad one is 400 naming what
 * is wrong and changes nothing.
 */
@ApplicationScoped
@Path("/admin/entry-points")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "admin", description = "Reference data")
public class EntryPointResource {

  @EJB EntryPoints entryPoints;

  @GET
  @Operation(summary = "Every entry point")
  public List<EntryPointDefinition> list() {
    return entryPoints.list();
  }

  @GET
  @Path("/{name}")
  @Operation(summary = "One entry point")
  public EntryPointDefinition one(@PathParam("name") String name) {
    return entryPoints
        .find(name)
        .orElseThrow(() -> new NotFoundException("no entry point " + name));
  }

  @PUT
  @Path("/{name}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create or replace an entry point")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "200", description = "Replaced")
  @APIResponse(responseCode = "400", description = "Invalid: origins, menu, unknown queue")
  public Response save(@PathParam("name") String name, EntryPointDefinition body) {
    if (body == null) {
      throw new IllegalArgumentException("request body required");
    }
    if (!name.equals(body.name())) {
      throw new IllegalArgumentException("the body's name must be " + name);
    }
    boolean created = entryPoints.save(body);
    return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
        .entity(entryPoints.find(name).orElse(body))
        .build();
  }

  @DELETE
  @Path("/{name}")
  @Operation(summary = "Remove an entry point (its widgets stop working)")
  public Response delete(@PathParam("name") String name) {
    if (!entryPoints.delete(name)) {
      throw new NotFoundException("no entry point " + name);
    }
    return Response.noContent().build();
  }
}
