package dev.parley.web.platform.security;

import dev.parley.chat.EntryPoints;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the Origin of every WebSocket handshake before the upgrade (this filter is declared, so it
 * runs ahead of the container's WebSocket filter, which is added after declared filters): a visitor
 * socket ({@code /ws/visitor/{entryPoint}}) only from an allowed origin of its entry point, any
 * other socket ({@code /ws/agent}, {@code /ws/supervisor}) only from Parley's own origin — the one
 * the request was addressed to, or the configured public URL's. Anything else is answered 403 and
 * never upgraded: no cross-site WebSocket hijacking with an agent's cookie, no widget on a site the
 * admin did not allow. Clients that send no Origin (not browsers) are not restricted by it.
 */
@WebFilter(urlPatterns = "/ws/*")
public class SocketOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SocketOriginFilter.class.getName());
  private static final String VISITOR = "/ws/visitor/";

  @EJB EntryPoints entryPoints;

  @Inject
  @ConfigProperty(name = "parley.public.url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String origin = req.getHeader("Origin");
    String path = req.getRequestURI().substring(req.getContextPath().length());
    boolean allowed;
    if (path.startsWith(VISITOR)) {
      String entryPoint = path.substring(VISITOR.length());
      allowed = origin != null && entryPoints.allows(entryPoint, origin);
    } else {
      allowed = origin == null || sameOrigin(req, origin) || origin(publicUrl).equals(norm(origin));
    }
    if (!allowed) {
      LOG.info(() -> "event=ws.origin.refused path=%s origin=%s".formatted(path, origin));
      res.sendError(HttpServletResponse.SC_FORBIDDEN, "origin not allowed");
      return;
    }
    chain.doFilter(req, res);
  }

  /** Whether {@code origin} is the origin the request itself was addressed to. */
  static boolean sameOrigin(HttpServletRequest req, String origin) {
    String host = req.getHeader("X-Forwarded-Host");
    if (host == null) {
      host = req.getHeader("Host");
    }
    String scheme = req.getHeader("X-Forwarded-Proto");
    if (scheme == null) {
      scheme = req.getScheme();
    }
    return host != null && norm(origin).equals(norm(scheme + "://" + host));
  }

  static String origin(String url) {
    try {
      URI u = URI.create(url.strip());
      return norm(u.getScheme() + "://" + u.getRawAuthority());
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String norm(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    if (o.endsWith(":80") && o.startsWith("http://")) {
      o = o.substring(0, o.length() - 3);
    } else if (o.endsWith(":443") && o.startsWith("https://")) {
      o = o.substring(0, o.length() - 4);
    }
    return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
  }
}
