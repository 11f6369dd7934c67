package dev.parley.web.admin.rest;

import dev.parley.account.Role;
import dev.parley.routing.api.admin.AgentRoutingProfile;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.admin.RoutingSettingsDefinition;
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
 * Routing reference data: queues ({@code /api/admin/queues}) and agents' routing profiles ({@code
 * /api/admin/agents/{username}}). The skills catalogue and business-hours calendars have their own
 * resources. Every change is live in the routing engine when the call returns.
 */
@ApplicationScoped
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "routing admin", description = "Queues and agents' routing profiles (admin)")
public class RoutingAdminResource {

  @EJB RoutingAdmin admin;

  @GET
  @Path("/queues")
  @Operation(summary = "All queues")
  public List<QueueDefinition> queues() {
    return admin.list(ReferenceKind.QUEUE);
  }

  @GET
  @Path("/queues/{name}")
  @Operation(summary = "One queue")
  @APIResponse(responseCode = "404", description = "No such queue")
  public Response queue(@PathParam("name") String name) {
    return admin
        .find(ReferenceKind.QUEUE, name)
        .map(q -> Response.ok(q).build())
        .orElseGet(() -> Errors.of(Response.Status.NOT_FOUND, "no queue '" + name + "'"));
  }

  @POST
  @Path("/queues")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a queue; it is live at once",
      description =
          "Skills must be in the skills catalogue, businessHours must name a calendar, an overflow"
              + " or after-hours TO_QUEUE action must name an existing queue.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid settings, unknown skill, queue or calendar, bad durations; nothing stored")
  @APIResponse(responseCode = "409", description = "A queue of that name exists")
  public Response create(QueueDefinition body) {
    if (body == null) {
      return Errors.of(Response.Status.BAD_REQUEST, "request body required");
    }
    if (body.name() != null && admin.find(ReferenceKind.QUEUE, body.name().strip()).isPresent()) {
      return Errors.of(
          Response.Status.CONFLICT, "queue '" + body.name() + "' exists; PUT replaces it");
    }
    QueueDefinition saved = admin.save(ReferenceKind.QUEUE, body).definition();
    return Response.created(UriBuilder.fromPath("/api/admin/queues/{name}").build(saved.name()))
        .entity(saved)
        .build();
  }

  @PUT
  @Path("/queues/{name}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create or replace a queue; the running engine uses it at once")
  @APIResponse(responseCode = "200", description = "Stored and live; the queue as stored")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid settings, unknown skill, queue or calendar, or name differs from the path; nothing stored")
  public QueueDefinition replace(@PathParam("name") String name, QueueDefinition body) {
    if (body == null || body.name() == null || !body.name().strip().equals(name)) {
      throw new IllegalArgumentException(
          "body name must equal the path's queue name '" + name + "'");
    }
    return admin.save(ReferenceKind.QUEUE, body).definition();
  }

  @DELETE
  @Path("/queues/{name}")
  @Operation(
      summary = "Delete a queue",
      description =
          "Takes the queue out of the engine and out of every agent's profile. Finished contacts keep"
              + " the queue's name in their history.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such queue")
  @APIResponse(
      responseCode = "409",
      description =
          "Contacts are still waiting, offered, active or in wrap-up in it, or another queue overflows into it")
  public Response deleteQueue(@PathParam("name") String name) {
    admin.delete(ReferenceKind.QUEUE, name);
    return Response.noContent().build();
  }

  @GET
  @Path("/agents")
  @Operation(summary = "Every agent's routing profile")
  public List<AgentRoutingProfile> agents() {
    return admin.list(ReferenceKind.AGENT_PROFILE);
  }

  @GET
  @Path("/agents/{username}")
  @Operation(summary = "An agent's routing profile")
  @APIResponse(responseCode = "404", description = "No profile for this agent")
  public Response agent(@PathParam("username") String username) {
    return admin
        .find(ReferenceKind.AGENT_PROFILE, username)
        .map(p -> Response.ok(p).build())
        .orElseGet(
            () ->
                Errors.of(Response.Status.NOT_FOUND, "no routing profile for '" + username + "'"));
  }

  @PUT
  @Path("/agents/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set an agent's skills, capacity per channel and queues",
      description =
          "Takes effect at once. A logged-in agent keeps its offers and contacts in progress and is"
              + " offered waiting work it is now eligible for straight away.")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid skill level, capacity or channel, a skill outside the catalogue or an unknown queue")
  @APIResponse(responseCode = "404", description = "No agent account of that name")
  public AgentRoutingProfile saveAgent(
      @PathParam("username") String username, AgentRoutingProfile body) {
    if (body == null) {
      throw new IllegalArgumentException("request body required");
    }
    return admin
        .save(
            ReferenceKind.AGENT_PROFILE,
            new AgentRoutingProfile(username, body.skills(), body.capacity(), body.queues()))
        .definition();
  }

  @GET
  @Path("/routing-settings")
  @Operation(
      summary = "The engine-wide routing settings",
      description =
          "channelWeights (points per channel: VOICE, VIDEO, CHAT, SMS, EMAIL), agingPerSecond and"
              + " noAnswerLimit. A waiting contact's effective priority is queue priority + contact"
              + " priority + channel weight + agingPerSecond × seconds waited.")
  public RoutingSettingsDefinition routingSettings() {
    return admin.routingSettings();
  }

  @PUT
  @Path("/routing-settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace the engine-wide routing settings; the running engine uses them at once",
      description =
          "Contacts already waiting are re-ordered by the new weights and aging, age kept; the"
              + " no-answer limit (0 = never) counts from the next unanswered offer.")
  @APIResponse(responseCode = "200", description = "Stored and live; the settings as stored")
  @APIResponse(
      responseCode = "400",
      description =
          "A channel missing, unknown or named twice, a weight outside 0–100,000, agingPerSecond outside"
              + " 0–1,000 or noAnswerLimit outside 0–100; nothing stored")
  public RoutingSettingsDefinition replaceRoutingSettings(RoutingSettingsDefinition body) {
    if (body == null) {
      throw new IllegalArgumentException("request body required");
    }
    return admin.saveRoutingSettings(body);
  }
}
