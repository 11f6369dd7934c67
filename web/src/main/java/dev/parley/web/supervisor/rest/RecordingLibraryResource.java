package dev.parley.web.supervisor.rest;

import dev.parley.account.Role;
import dev.parley.recording.AuditAction;
import dev.parley.recording.RecordingKind;
import dev.parley.recording.RecordingPage;
import dev.parley.recording.RecordingQuery;
import dev.parley.recording.RecordingView;
import dev.parley.recording.Recordings;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.RecordingId;
import dev.parley.web.platform.media.MediaResponses;
import dev.parley.web.platform.rest.Instants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The recordings library for supervisors (docs/recordings.md): search, one recording's metadata,
 * playback with seeking (Range requests) and download — both audited — and the legal hold. Agents
 * get 403 on all of it.
 */
@ApplicationScoped
@Path("/supervisor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Tag(name = "recordings", description = "The recordings library (supervisors)")
public class RecordingLibraryResource {

  /** Body of a legal hold change. */
  public record HoldBody(boolean hold) {}

  @EJB Recordings recordings;

  @Context SecurityContext security;

  @GET
  @Path("/recordings")
  @Operation(summary = "Search recordings; newest first unless sorted otherwise; paged")
  public RecordingPage search(
      @Parameter(description = "Started at or after (ISO-8601 instant)") @QueryParam("from")
          String from,
      @Parameter(description = "Started before (ISO-8601 instant)") @QueryParam("to") String to,
      @Parameter(description = "Username of an agent or expert of the call") @QueryParam("agent")
          String agent,
      @Parameter(description = "Part of the customer's name, number, e-mail or visitor id")
          @QueryParam("customer")
          String customer,
      @QueryParam("queue") String queue,
      @Parameter(description = "VOICE or VIDEO") @QueryParam("channel") String channel,
      @Parameter(description = "CALL or VOICEMAIL") @QueryParam("kind") String kind,
      @Parameter(description = "At least this long (seconds)") @QueryParam("minDuration")
          Integer minDuration,
      @Parameter(description = "STARTED (default) or DURATION")
          @QueryParam("sort")
          @DefaultValue("STARTED")
          String sort,
      @QueryParam("ascending") @DefaultValue("false") boolean ascending,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("25") int size) {
    return recordings.search(
        new RecordingQuery(
            Instants.parameter("from", from),
            Instants.parameter("to", to),
            agent,
            customer,
            queue,
            channel,
            kind == null || kind.isBlank()
                ? null
                : RecordingKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)),
            minDuration,
            sort.toUpperCase(Locale.ROOT),
            ascending,
            page,
            size));
  }

  @GET
  @Path("/recordings/{id}")
  @Operation(summary = "One recording's metadata")
  @APIResponse(responseCode = "404", description = "No such recording")
  public RecordingView get(@PathParam("id") String id) {
    return recordings.find(id(id)).orElseThrow(() -> new NotFoundException("no such recording"));
  }

  @GET
  @Path("/recordings/{id}/media")
  @Produces({"audio/webm", "video/webm", MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "Play (seek with Range requests: 206) or download a recording, the whole call or one"
              + " party's track; audited")
  @APIResponse(responseCode = "200", description = "The whole file")
  @APIResponse(responseCode = "206", description = "The range asked for")
  @APIResponse(responseCode = "409", description = "Not ready to play (still processing, failed)")
  @APIResponse(responseCode = "416", description = "The range is outside the file")
  public Response media(
      @PathParam("id") String id,
      @Parameter(description = "A party's track (media server recordings)") @QueryParam("party")
          String party,
      @QueryParam("download") @DefaultValue("false") boolean download,
      @HeaderParam("Range") String range) {
    return MediaResponses.send(
        recordings.open(
            id(id),
            party == null || party.isBlank() ? null : party,
            me(),
            download ? AuditAction.DOWNLOAD : AuditAction.PLAY),
        range,
        download);
  }

  @PUT
  @Path("/recordings/{id}/legal-hold")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set or lift the legal hold (a held recording is never deleted); audited")
  public RecordingView legalHold(@PathParam("id") String id, HoldBody body) {
    if (body == null) {
      throw new IllegalArgumentException("body {\"hold\": true|false} is required");
    }
    return recordings.legalHold(id(id), body.hold(), me());
  }

  @GET
  @Path("/contacts/{contactId}/recordings")
  @Operation(summary = "The recordings of one contact (for its place in the customer's history)")
  public List<RecordingView> ofContact(@PathParam("contactId") String contactId) {
    return recordings.ofContact(ContactId.of(contactId));
  }

  private String me() {
    return security.getUserPrincipal().getName();
  }

  private static RecordingId id(String id) {
    try {
      return RecordingId.of(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("no such recording");
    }
  }
}
