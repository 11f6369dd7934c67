package dev.parley.web.agent.rest;

import dev.parley.account.Role;
import dev.parley.call.Calls;
import dev.parley.call.Party;
import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.Conversations;
import dev.parley.routing.api.AgentState;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.web.platform.call.CallWire;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The agent's call actions (docs/call-protocol.md): hold and resume, completing a warm transfer,
 * and ICE servers for a network check. Signaling itself runs over {@code /ws/agent}.
 */
@ApplicationScoped
@Path("/agent/calls")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AGENT_NAME)
@Tag(name = "agent", description = "The agent's own presence, offers and contacts")
public class CallResource {

  /** Body of hold: on or off. */
  public record HoldBody(boolean on) {}

  /** Body of handover: the private consult whose colleague takes the call. */
  public record HandoverBody(String consultId) {}

  @EJB Calls calls;

  @EJB RoutingService routing;

  @EJB Conversations conversations;

  @Inject ConversationAccess access;

  @Context SecurityContext security;

  private String me() {
    return security.getUserPrincipal().getName();
  }

  @POST
  @Path("/{conversationId}/hold")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Put your call on hold (the caller hears music) or take it off")
  @APIResponse(responseCode = "204", description = "Done; every party was told")
  @APIResponse(responseCode = "403", description = "Not the agent of this call")
  @APIResponse(responseCode = "409", description = "The call has no media now")
  public void hold(@PathParam("conversationId") String conversationId, HoldBody body) {
    ContactId call = ownCall(conversationId);
    calls.hold(call, body != null && body.on());
  }

  @POST
  @Path("/{conversationId}/handover")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Complete a warm transfer: the colleague of your private consult takes the call")
  @APIResponse(responseCode = "200", description = "Your state; the colleague gets the call")
  @APIResponse(responseCode = "403", description = "Not the agent of this call")
  @APIResponse(responseCode = "409", description = "The consult is not active")
  public AgentState handover(
      @PathParam("conversationId") String conversationId, HandoverBody body) {
    ContactId call = ownCall(conversationId);
    if (body == null || body.consultId() == null || body.consultId().isBlank()) {
      throw new IllegalArgumentException("consultId is required");
    }
    ContactId consult = ContactId.of(body.consultId().strip());
    conversations
        .consult(consult)
        .filter(r -> r.conversation().equals(call))
        .orElseThrow(() -> new ForbiddenException("not a consult of this call"));
    // The colleague takes the call over at once; their consult closes, the agent is freed.
    return routing.warmTransfer(AgentId.of(me()), call, consult);
  }

  @GET
  @Path("/ice-servers")
  @Operation(summary = "STUN/TURN servers with short-lived credentials, for a network check")
  public List<CallWire.IceServerView> iceServers() {
    return calls.iceServers(Party.agentId(me())).stream().map(CallWire.IceServerView::of).toList();
  }

  private ContactId ownCall(String conversationId) {
    ContactId call = ContactId.of(conversationId);
    if (access.checkWrite(me(), call).role() != AuthorRole.AGENT) {
      throw new ForbiddenException("only the agent who has the call may do that");
    }
    return call;
  }
}
