package dev.parley.web.agent.rest;

import dev.parley.account.Role;
import dev.parley.call.Calls;
import dev.parley.recording.RecordingPolicy;
import dev.parley.recording.RecordingView;
import dev.parley.recording.Recordings;
import dev.parley.routing.api.id.ContactId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
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
@Path("/agent/calls")
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
  @Path("/{conversationId}/recording")
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
  @Path("/{conversationId}/recording")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start recording your call from your browser (a new file after a reload)")
  @APIResponse(responseCode = "200", description = "The recording to upload chunks to")
  @APIResponse(
      responseCode = "403",
      description = "Not your call, or its queue records never (or only on demand and not asked)")
  public RecordingStatus start(@PathParam("conversationId") String conversationId, StartBody body) {
    ContactId call = ContactId.of(conversationId);
    boolean requested = body != null && body.requested();
    if (!calls.recordsOnServer()) {
      return RecordingStatus.of(recordings.begin(call, me(), requested));
    }
    // Kurento mode: the media server records, on the same terms as a browser recording.
    recordings.permit(call, me(), requested);
    calls.record(call, me());
    return recordings.ofContact(call).stream()
        .findFirst()
        .map(RecordingStatus::of)
        .orElseThrow(() -> new IllegalStateException("the recording did not start"));
  }
}
