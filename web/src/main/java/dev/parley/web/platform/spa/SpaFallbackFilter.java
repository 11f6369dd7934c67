package dev.parley.web.platform.spa;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.List;

/**
 * Forwards browser navigations to client-side routes ({@code /agent}, {@code /login}) to {@code
 * index.html}, so a reload or a bookmarked link works. Only browser navigations (GET asking for
 * {@code text/html}) that no servlet claims are forwarded; API, WebSocket, health and files with an
 * extension are left alone, and so is a directory that has its own {@code index.html}.
 */
@WebFilter(urlPatterns = "/*")
public class SpaFallbackFilter extends HttpFilter {

  private static final List<String> SERVER_PATHS = List.of("/api", "/ws", "/health", "/openapi");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    boolean unmapped = req.getHttpServletMapping().getMappingMatch() == MappingMatch.DEFAULT;
    if (unmapped
        && acceptsHtml(req.getHeader("Accept"))
        && isClientRoute(req.getMethod(), path)
        && !hasOwnPage(req, path)) {
      req.getRequestDispatcher("/index.html").forward(req, res);
      return;
    }
    chain.doFilter(req, res);
  }

  /**
   * A directory with an index.html of its own (the demo customer page at {@code /demo/}) is a page
   * the default servlet serves, not a client route.
   */
  private static boolean hasOwnPage(HttpServletRequest req, String path)
      throws MalformedURLException {
    return path.endsWith("/") && req.getServletContext().getResource(path + "index.html") != null;
  }

  /** Browsers navigating ask for HTML; API clients and test runners do not. */
  static boolean acceptsHtml(String accept) {
    return accept != null && accept.contains("text/html");
  }

  static boolean isClientRoute(String method, String path) {
    if (!"GET".equals(method) || path.isEmpty() || "/".equals(path)) {
      return false;
    }
    for (String serverPath : SERVER_PATHS) {
      if (path.equals(serverPath) || path.startsWith(serverPath + "/")) {
        return false;
      }
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return !last.contains(".");
  }
}
