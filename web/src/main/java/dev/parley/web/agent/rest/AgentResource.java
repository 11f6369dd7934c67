package dev.parley.web.agent.rest;

import dev.parley.account.Role;
import dev.parley.routing.api.AgentState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.web.platform.rest.EnumField;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * The agent workstation's REST side, exactly as docs/agent-api.md. The agent is always the
 * authenticated user: an agent cannot name another agent, and acting on a contact that is not
 * offered to or handled by them is 403 (or 404 when it does not exist).
 */
@ApplicationScoped
@Path("/agent")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AGENT_NAME)
@Tag(name = "agent", description = "The agent's own presence, offers and contacts")
public class AgentResource {

  /** Body of {@code PUT /api/agent/presence}. */
  public record PresenceRequest(String presence, String reason) {
    /** The presence asked for; a break must give one of {@code breakReasons}. */
    Presence toPresence(List<String> breakReasons) {
      PresenceStatus status = EnumField.parse(PresenceStatus.class, "presence", presence);
      if (status != PresenceStatus.BREAK) {
        if (reason != null && !reason.isBlank()) {
          throw new IllegalArgumentException("only a BREAK has a reason");
        }
        return new Presence(status, null);
      }
      if (reason == null || !breakReasons.contains(reason)) {
        throw new IllegalArgumentException("a BREAK needs a reason, one of " + breakReasons);
      }
      return Presence.onBreak(reason);
    }
  }

  /**
   * Body of {@code POST .../wrap-up}; the disposition may be null when the queue does not require
   * one.
   */
  public record WrapUpRequest(String disposition) {}

  @EJB RoutingService routing;

  @Inject BreakReasons breakReasons;

  @Inject ConsultDetails consults;

  @Context SecurityContext security;

  private AgentId me() {
    return AgentId.of(security.getUserPrincipal().getName());
  }

  @GET
  @Path("/state")
  @Operation(summary = "Your presence, offers ringing and contacts in hand: the truth to re-read")
  public AgentState state() {
    return consults.describe(routing.agentState(me()));
  }

  @PUT
  @Path("/presence")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Go AVAILABLE, on BREAK (with a reason) or OFFLINE")
  @APIResponse(
      responseCode = "400",
      description = "Unknown presence, missing or unknown break reason")
  @APIResponse(responseCode = "409", description = "OFFLINE while contacts are still in hand")
  public AgentState presence(PresenceRequest body) {
    if (body == null) {
      throw new IllegalArgumentException("request body required");
    }
    return routing.changePresence(me(), body.toPresence(breakReasons.reasons()));
  }

  @GET
  @Path("/break-reasons")
  @Operation(summary = "The break reasons to choose from")
  public List<String> breakReasons() {
    return breakReasons.reasons();
  }

  @POST
  @Path("/offers/{contactId}/accept")
  @Operation(summary = "Accept an offer ringing at you")
  @APIResponse(responseCode = "403", description = "Not offered to you")
  @APIResponse(responseCode = "404", description = "No such contact")
  @APIResponse(
      responseCode = "409",
      description = "The offer is gone (timed out, taken, abandoned)")
  public AgentState accept(@PathParam("contactId") String contactId) {
    return routing.accept(me(), ContactId.of(contactId));
  }

  @POST
  @Path("/offers/{contactId}/reject")
  @Operation(summary = "Reject an offer ringing at you; the contact is routed again, its age kept")
  @APIResponse(responseCode = "403", description = "Not offered to you")
  @APIResponse(responseCode = "409", description = "The offer is gone")
  public AgentState reject(@PathParam("contactId") String contactId) {
    return routing.reject(me(), ContactId.of(contactId));
  }

  @POST
  @Path("/contacts/{contactId}/end")
  @Operation(summary = "End a contact you handle: ACTIVE → WRAP_UP")
  @APIResponse(responseCode = "403", description = "Not your contact")
  @APIResponse(responseCode = "409", description = "Not ACTIVE")
  public AgentState end(@PathParam("contactId") String contactId) {
    return routing.end(me(), ContactId.of(contactId));
  }

  @POST
  @Path("/contacts/{contactId}/wrap-up")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Finish wrap-up with a disposition code: WRAP_UP → CLOSED")
  @APIResponse(
      responseCode = "400",
      description = "Disposition required by the queue and missing, or unknown")
  @APIResponse(responseCode = "403", description = "Not your contact")
  @APIResponse(responseCode = "409", description = "Not in WRAP_UP")
  public AgentState wrapUp(@PathParam("contactId") String contactId, WrapUpRequest body) {
    return routing.wrapUp(me(), ContactId.of(contactId), body == null ? null : body.disposition());
  }
}
