package dev.parley.web.agent.rest;

import dev.parley.account.Role;
import dev.parley.call.Calls;
import dev.parley.recording.RecordingSource;
import dev.parley.recording.RecordingView;
import dev.parley.recording.Recordings;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.RecordingId;
import dev.parley.web.agent.rest.CallRecordingResource.PauseBody;
import dev.parley.web.agent.rest.CallRecordingResource.RecordingStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The agent's browser recording once started ({@link CallRecordingResource}): numbered chunks,
 * pause and resume, finish (docs/recordings.md). Only the agent who records it may write to it.
 */
@ApplicationScoped
@Path("/agent/recordings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AGENT_NAME)
@Tag(name = "agent", description = "The agent's own presence, offers and contacts")
public class RecordingUploadResource {

  @EJB Recordings recordings;

  @EJB Calls calls;

  @Context SecurityContext security;

  private String me() {
    return security.getUserPrincipal().getName();
  }

  @PUT
  @Path("/{id}/chunks/{sequence}")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Upload chunk number sequence (from 0) of your recording; a retry replaces it")
  @APIResponse(responseCode = "204", description = "Stored")
  @APIResponse(responseCode = "403", description = "Not your recording")
  @APIResponse(responseCode = "409", description = "The recording is finished")
  @APIResponse(responseCode = "413", description = "Over the chunk size limit")
  public void chunk(
      @PathParam("id") String id, @PathParam("sequence") int sequence, InputStream body) {
    if (sequence < 0 || sequence > 1_000_000) {
      throw new IllegalArgumentException("sequence must be 0..1000000");
    }
    recordings.chunk(RecordingId.of(id), me(), sequence, body);
  }

  @POST
  @Path("/{id}/pause")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Pause (the paused part is not stored) or resume your recording")
  public RecordingStatus pause(@PathParam("id") String id, PauseBody body) {
    RecordingId recording = RecordingId.of(id);
    RecordingView own = ownRecording(recording);
    boolean paused = body != null && body.paused();
    RecordingView done = recordings.pause(recording, me(), paused);
    if (own.source() == RecordingSource.MEDIA_SERVER) {
      calls.pauseRecording(ContactId.of(own.contact()), paused);
    }
    return RecordingStatus.of(done);
  }

  @POST
  @Path("/{id}/finish")
  @Operation(summary = "The recording ends (hang-up, transfer); it is listed once processed")
  public RecordingStatus finish(@PathParam("id") String id) {
    return RecordingStatus.of(recordings.finish(RecordingId.of(id), me()));
  }

  private RecordingView ownRecording(RecordingId id) {
    RecordingView v =
        recordings.find(id).orElseThrow(() -> new NotFoundException("no such recording"));
    if (!v.agents().contains(me()) && !v.experts().contains(me())) {
      throw new ForbiddenException("not a recording of your call");
    }
    return v;
  }
}
