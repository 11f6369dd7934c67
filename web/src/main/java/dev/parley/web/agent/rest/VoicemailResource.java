package dev.parley.web.agent.rest;

import dev.parley.account.Role;
import dev.parley.recording.AuditAction;
import dev.parley.recording.RecordingView;
import dev.parley.recording.Recordings;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.id.ContactId;
import dev.parley.web.platform.error.Errors;
import dev.parley.web.platform.media.MediaResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The message of a voicemail contact (ADR 0020), for the agent it is assigned to and nobody else
 * (403): what it is (caller, queue, when, how long) and its audio, played with Range requests and
 * audited as PLAY. Agents still never list or play call recordings.
 */
@ApplicationScoped
@Path("/agent/voicemails")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AGENT_NAME)
@Tag(name = "agent", description = "The agent's own presence, offers and contacts")
public class VoicemailResource {

  /** What the workstation shows of a voicemail; {@code ready} false while still processing. */
  public record Voicemail(
      String contactId,
      String caller,
      String customerName,
      String queue,
      Instant leftAt,
      long durationMillis,
      boolean ready) {}

  @EJB RoutingService routing;

  @EJB Recordings recordings;

  @Context SecurityContext security;

  @GET
  @Path("/{contactId}")
  @Operation(summary = "The message of your voicemail contact")
  @APIResponse(responseCode = "403", description = "Not a voicemail contact assigned to you")
  public Voicemail voicemail(@PathParam("contactId") String contactId) {
    ContactId id = own(contactId);
    RecordingView v = message(id);
    return new Voicemail(
        id.value(),
        v.customerAddress(),
        v.customerName(),
        v.queue(),
        v.startedAt(),
        v.durationMillis(),
        v.playable());
  }

  @GET
  @Path("/{contactId}/media")
  @Produces({"audio/webm", MediaType.APPLICATION_JSON})
  @Operation(summary = "Play the message (seek with Range requests: 206); audited as PLAY")
  @APIResponse(responseCode = "200", description = "The whole file")
  @APIResponse(responseCode = "206", description = "The range asked for")
  @APIResponse(responseCode = "403", description = "Not a voicemail contact assigned to you")
  public Response media(
      @PathParam("contactId") String contactId, @HeaderParam("Range") String range) {
    ContactId id = own(contactId);
    return MediaResponses.send(
        recordings.open(message(id).id(), null, me(), AuditAction.PLAY), range, false);
  }

  private ContactId own(String value) {
    ContactId id;
    try {
      id = ContactId.of(value);
    } catch (IllegalArgumentException e) {
      throw refused();
    }
    ContactView c = routing.contact(id).map(d -> d.contact()).orElseThrow(this::refused);
    if (c.channel() != Channel.VOICEMAIL || !me().equals(c.assignedAgent())) {
      throw refused();
    }
    return id;
  }

  private RecordingView message(ContactId id) {
    return recordings
        .voicemail(id)
        .orElseThrow(
            () ->
                new WebApplicationException(
                    Errors.of(Response.Status.NOT_FOUND, "this voicemail has no message")));
  }

  private WebApplicationException refused() {
    return new WebApplicationException(
        Errors.of(Response.Status.FORBIDDEN, "not a voicemail contact assigned to you"));
  }

  private String me() {
    return security.getUserPrincipal().getName();
  }
}
