package dev.parley.web.admin.rest;

import dev.parley.account.Role;
import dev.parley.recording.AuditEntry;
import dev.parley.recording.Recordings;
import dev.parley.routing.api.id.RecordingId;
import dev.parley.web.platform.rest.Instants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail for administrators: who played or downloaded which recording, legal holds,
 * recordings the retention job deleted, files the start-up check found missing or orphaned,
 * monitoring of live calls.
 */
@ApplicationScoped
@Path("/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "admin", description = "Reference data")
public class AuditResource {

  @EJB Recordings recordings;

  @GET
  @Operation(summary = "Audit entries, newest first; every filter optional")
  public List<AuditEntry> trail(
      @Parameter(description = "A recording's id") @QueryParam("recording") String recording,
      @Parameter(description = "Who (username, or system)") @QueryParam("actor") String actor,
      @Parameter(description = "At or after (ISO-8601 instant)") @QueryParam("from") String from,
      @Parameter(description = "Before (ISO-8601 instant)") @QueryParam("to") String to,
      @QueryParam("limit") @DefaultValue("200") int limit) {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be 1..1000");
    }
    return recordings.auditTrail(
        recording == null || recording.isBlank() ? null : RecordingId.of(recording.strip()),
        actor == null || actor.isBlank() ? null : actor.strip(),
        Instants.parameter("from", from),
        Instants.parameter("to", to),
        limit);
  }
}
