package dev.parley.web.agent.rest;

import dev.parley.account.Role;
import dev.parley.call.Calls;
import dev.parley.recording.RecordingPolicy;
import dev.parley.recording.RecordingSource;
import dev.parley.recording.RecordingView;
import dev.parley.recording.Recordings;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.RecordingId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
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
 * Peer-to-peer recording from the agent's browser (docs/recordings.md): it asks to record the call
 * it has, uploads the recording in numbered chunks every few seconds while the call runs, pauses
 * and resumes, and finishes. Agents never list or play recordings here (that is the supervisors'
 * library); they see whether their call is recorded.
 */
@ApplicationScoped
@Path("/agent")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AGENT_NAME)
@Tag(name = "agent", description = "The agent's own presence, offers and contacts")
public class CallRecordingResource {

  /** Body of a start: whether the agent asked (ON_DEMAND queues record only then). */
  public record StartBody(boolean requested) {}

  /** Body of a pause: paused or resumed. */
  public record PauseBody(boolean paused) {}

  /**
   * Whether the call is recorded: the queue's policy, whether the media server records it (else the
   * agent's browser does), and the agent's latest recording of it, if any.
   */
  public record CallRecording(
      RecordingPolicy policy, boolean onServer, RecordingStatus recording) {}

  /** What the agent sees of a recording: no media, no library data. */
  public record RecordingStatus(String id, String state, boolean paused, int pauses) {
    static RecordingStatus of(RecordingView v) {
      return new RecordingStatus(v.id().value(), v.state().name(), v.paused(), v.pauses().size());
    }
  }

  @EJB Recordings recordings;

  @EJB Calls calls;

  @Inject ConversationAccess access;

  @Context SecurityContext security;

  private String me() {
    return security.getUserPrincipal().getName();
  }

  @GET
  @Path("/calls/{conversationId}/recording")
  @Operation(summary = "Whether your call is recorded: its queue's policy and latest recording")
  public CallRecording status(@PathParam("conversationId") String conversationId) {
    ContactId call = ContactId.of(conversationId);
    access.checkRead(me(), false, call);
    return new CallRecording(
        recordings.policy(call), calls.recordsOnServer(), latest(call).orElse(null));
  }

  private java.util.Optional<RecordingStatus> latest(ContactId call) {
    return recordings.ofContact(call).stream()
        .filter(r -> r.agents().contains(me()))
        .findFirst()
        .map(RecordingStatus::of);
  }

  @POST
  @Path("/calls/{conversationId}/recording")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start recording your call from your browser (a new file after a reload)")
  @APIResponse(responseCode = "200", description = "The recording to upload chunks to")
  @APIResponse(
      responseCode = "403",
      description = "Not your call, or its queue records never (or only on demand and not asked)")
  public RecordingStatus start(@PathParam("conversationId") String conversationId, StartBody body) {
    return RecordingStatus.of(
        recordings.begin(ContactId.of(conversationId), me(), body != null && body.requested()));
  }

  @PUT
  @Path("/recordings/{id}/chunks/{sequence}")
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
  @Path("/recordings/{id}/pause")
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
  @Path("/recordings/{id}/finish")
  @Operation(summary = "The recording ends (hang-up, transfer); it is listed once processed")
  public RecordingStatus finish(@PathParam("id") String id) {
    return RecordingStatus.of(recordings.finish(RecordingId.of(id), me()));
  }

  private RecordingView ownRecording(RecordingId id) {
    RecordingView v =
        recordings
            .find(id)
            .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no such recording"));
    if (!v.agents().contains(me()) && !v.experts().contains(me())) {
      throw new ForbiddenException("not a recording of your call");
    }
    return v;
  }
}
