package dev.parley.web.visitor.rest;

import dev.parley.chat.ChatRefusedException;
import dev.parley.chat.VisitorChat;
import dev.parley.recording.RecordingView;
import dev.parley.recording.Recordings;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.RecordingId;
import dev.parley.routing.api.id.VisitorId;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A caller's voicemail message (docs/recordings.md, ADR 0020): when the queue sent the visitor's
 * call to voicemail, the widget starts a message, uploads it in numbered chunks while recording (a
 * closed tab loses only the last seconds) and finishes it. Authorised by the visitor's signed
 * token; only the caller's own call, only once it was sent to voicemail. Refusals store nothing:
 * 401 without a valid token, 404 for a call that is not the visitor's, 409 for a call not sent to
 * voicemail or a message already left or longer than the queue takes, 413 for an oversized chunk.
 * Only POST, which the visitor CORS filter allows.
 */
@ApplicationScoped
@Path("/visitor")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "visitor", description = "What the website widget reads and uploads")
public class VisitorVoicemailResource {

  /** A started message: where its chunks go, how long it may last, the queue's words. */
  public record VoicemailStart(String recordingId, int maxSeconds, String prompt) {}

  /** The message's state after its finish (PROCESSING until it is playable). */
  public record VoicemailState(String recordingId, String state) {}

  @EJB VisitorChat chat;

  @EJB Recordings recordings;

  @POST
  @Path("/conversations/{conversationId}/voicemail")
  @Operation(summary = "Start a voicemail message on your call that was sent to voicemail")
  @APIResponse(responseCode = "201", description = "Started: upload its chunks")
  @APIResponse(responseCode = "401", description = "No valid visitor token")
  @APIResponse(responseCode = "404", description = "Not your call")
  @APIResponse(responseCode = "409", description = "Not sent to voicemail, or a message was left")
  public Response start(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("conversationId") String conversationId) {
    VisitorId visitor = visitor(authorization);
    ContactId call = ContactId.of(conversationId);
    String prompt;
    try {
      prompt = chat.status(visitor, call).text();
    } catch (ChatRefusedException e) {
      throw VisitorResource.failure(Response.Status.NOT_FOUND, "no such call of yours");
    }
    RecordingView v = recordings.beginVoicemail(call, actor(visitor));
    return Response.status(Response.Status.CREATED)
        .entity(new VoicemailStart(v.id().value(), recordings.voicemailMaxSeconds(call), prompt))
        .build();
  }

  @POST
  @Path("/voicemails/{recordingId}/chunks/{sequence}")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Upload chunk number `sequence` (from 0) of your message")
  @APIResponse(responseCode = "204", description = "Stored")
  @APIResponse(responseCode = "401", description = "No valid visitor token")
  @APIResponse(responseCode = "403", description = "Not your message")
  @APIResponse(responseCode = "409", description = "Finished, or longer than the queue takes")
  @APIResponse(responseCode = "413", description = "The chunk is too large")
  public Response chunk(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("recordingId") String recordingId,
      @PathParam("sequence") int sequence,
      InputStream body) {
    VisitorId visitor = visitor(authorization);
    if (sequence < 0 || sequence > 100_000) {
      throw VisitorResource.failure(Response.Status.BAD_REQUEST, "sequence must be 0 or more");
    }
    recordings.chunk(id(recordingId), actor(visitor), sequence, body);
    return Response.noContent().build();
  }

  @POST
  @Path("/voicemails/{recordingId}/finish")
  @Operation(summary = "Send your message: it becomes a voicemail contact once processed")
  @APIResponse(responseCode = "200", description = "Finished (finishing twice does nothing)")
  @APIResponse(responseCode = "401", description = "No valid visitor token")
  @APIResponse(responseCode = "403", description = "Not your message")
  public VoicemailState finish(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("recordingId") String recordingId) {
    VisitorId visitor = visitor(authorization);
    RecordingView v = recordings.finish(id(recordingId), actor(visitor));
    return new VoicemailState(v.id().value(), v.state().name());
  }

  private static String actor(VisitorId visitor) {
    return Recordings.visitorActor(visitor.value());
  }

  private static RecordingId id(String value) {
    try {
      return RecordingId.of(value);
    } catch (IllegalArgumentException e) {
      throw VisitorResource.failure(Response.Status.NOT_FOUND, "no such message");
    }
  }

  private VisitorId visitor(String authorization) {
    return VisitorResource.visitor(chat, authorization);
  }
}
