package dev.parley.web.auth.rest;

import dev.parley.account.Account;
import dev.parley.account.AccountService;
import dev.parley.account.Role;
import dev.parley.web.platform.error.Errors;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Session login, logout and "who am I". */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth", description = "Session login and logout")
public class AuthResource {

  private static final Logger LOG = Logger.getLogger(AuthResource.class.getName());

  @Context HttpServletRequest request;

  @EJB AccountService accounts;

  @POST
  @Path("/login")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(summary = "Log in; the response sets the session cookie")
  @APIResponse(responseCode = "200", description = "Logged in")
  @APIResponse(responseCode = "400", description = "Username or password missing")
  @APIResponse(responseCode = "401", description = "Wrong username or password")
  public Response login(LoginRequest credentials) {
    if (credentials == null || blank(credentials.username()) || credentials.password() == null) {
      return Errors.of(Response.Status.BAD_REQUEST, "username and password are required");
    }
    String username = credentials.username().trim();
    logoutQuietly();
    request.getSession(true); // the identity is cached in the session created before login
    try {
      request.login(username, credentials.password());
    } catch (ServletException e) {
      LOG.info(() -> "event=login.failed username=%s".formatted(username));
      return Errors.of(Response.Status.UNAUTHORIZED, "invalid username or password");
    }
    // A fresh session id on every login defeats session fixation.
    request.changeSessionId();
    LOG.info(() -> "event=login.succeeded username=%s".formatted(username));
    return Response.ok(currentUser()).build();
  }

  @POST
  @Path("/logout")
  @PermitAll
  @Operation(summary = "Log out and end the session")
  @APIResponse(responseCode = "204", description = "Logged out (also when no one was logged in)")
  public Response logout() {
    String name = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    logoutQuietly();
    if (name != null) {
      LOG.info(() -> "event=logout username=%s".formatted(name));
    }
    return Response.noContent().build();
  }

  @GET
  @Path("/me")
  @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  @Operation(summary = "The logged-in user with their roles")
  @APIResponse(responseCode = "200", description = "The current user")
  @APIResponse(responseCode = "401", description = "Not logged in")
  public SessionUser me() {
    return currentUser();
  }

  private SessionUser currentUser() {
    String username = request.getUserPrincipal().getName();
    List<String> roles =
        Arrays.stream(Role.values()).map(Role::roleName).filter(request::isUserInRole).toList();
    String displayName =
        accounts.findByUsername(username).map(Account::displayName).orElse(username);
    return new SessionUser(username, displayName, roles);
  }

  private void logoutQuietly() {
    try {
      request.logout();
    } catch (ServletException e) {
      LOG.fine(() -> "logout failed: " + e.getMessage());
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
