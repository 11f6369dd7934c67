package dev.parley.web.platform.security;

import dev.parley.web.platform.error.ErrorBody;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Enforces {@link AccessDecision} on every REST call: 401 without a session, 403 without the role.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessControlFilter implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(AccessControlFilter.class.getName());

  @Context ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    var outcome =
        AccessDecision.decide(
            resourceInfo.getResourceMethod(),
            resourceInfo.getResourceClass(),
            security.getUserPrincipal(),
            security::isUserInRole);
    switch (outcome) {
      case ALLOW -> {}
      case UNAUTHENTICATED ->
          request.abortWith(error(Response.Status.UNAUTHORIZED, "authentication required"));
      case FORBIDDEN -> {
        LOG.info(
            () ->
                "event=access.denied user=%s path=%s"
                    .formatted(
                        security.getUserPrincipal().getName(), request.getUriInfo().getPath()));
        request.abortWith(error(Response.Status.FORBIDDEN, "not allowed for your role"));
      }
    }
  }

  private static Response error(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(message))
        .build();
  }
}
