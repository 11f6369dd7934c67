package dev.parley.web.admin.rest;

import dev.parley.account.Role;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.admin.SkillDefinition;
import dev.parley.web.platform.error.Errors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * The skills catalogue ({@code /api/admin/skills}): every skill a queue may require or an agent may
 * hold; languages are skills of kind LANGUAGE. No rename: delete (when unused) and create.
 */
@ApplicationScoped
@Path("/admin/skills")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "routing admin", description = "Queues and agents' routing profiles (admin)")
public class SkillCatalogueResource {

  @EJB RoutingAdmin admin;

  @GET
  @Operation(summary = "The skills catalogue, by name")
  public List<SkillDefinition> skills() {
    return admin.list(ReferenceKind.SKILL);
  }

  @GET
  @Path("/{name}")
  @Operation(summary = "One catalogue skill (the name is compared case-insensitively)")
  @APIResponse(responseCode = "404", description = "No such skill")
  public Response skill(@PathParam("name") String name) {
    return admin
        .find(ReferenceKind.SKILL, name)
        .map(s -> Response.ok(s).build())
        .orElseGet(() -> Errors.of(Response.Status.NOT_FOUND, "no skill '" + name + "'"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a skill to the catalogue",
      description =
          "The name is stored trimmed and in lower case; kind is SKILL (default) or LANGUAGE.")
  @APIResponse(responseCode = "201", description = "Created; the skill as stored")
  @APIResponse(responseCode = "400", description = "Blank or too long name, unknown kind")
  @APIResponse(responseCode = "409", description = "The skill exists")
  public Response create(SkillDefinition body) {
    if (body == null) {
      return Errors.of(Response.Status.BAD_REQUEST, "request body required");
    }
    SkillDefinition saved = admin.save(ReferenceKind.SKILL, body).definition();
    return Response.created(UriBuilder.fromPath("/api/admin/skills/{name}").build(saved.name()))
        .entity(saved)
        .build();
  }

  @DELETE
  @Path("/{name}")
  @Operation(summary = "Remove a skill nobody uses")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such skill")
  @APIResponse(
      responseCode = "409",
      description = "A queue (requirement or relaxation step) or an agent profile names it")
  public Response delete(@PathParam("name") String name) {
    admin.delete(ReferenceKind.SKILL, name);
    return Response.noContent().build();
  }
}
