package dev.parley.web.visitor.rest;

import dev.parley.chat.EntryPoints;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS for the visitor REST API, which widgets call from customers' websites: an entry point's
 * configuration ({@code /api/visitor/entry-points/{name}}) answers with CORS headers only for that
 * entry point's allowed origins; the rest of {@code /api/visitor} (attachments, authorised by the
 * visitor's token) for an origin some entry point allows. Preflights of allowed origins are
 * answered here (204); of others 403. Cookies are never allowed (visitors carry a token).
 */
@WebFilter(urlPatterns = "/api/visitor/*")
public class VisitorCorsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String CONFIG = "/api/visitor/entry-points/";

  @EJB EntryPoints entryPoints;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String origin = req.getHeader("Origin");
    boolean allowed = origin != null && allowed(req, origin);
    if (allowed) {
      res.setHeader("Access-Control-Allow-Origin", origin);
      res.setHeader("Vary", "Origin");
      res.setHeader("Access-Control-Expose-Headers", "Content-Disposition");
    }
    if ("OPTIONS".equals(req.getMethod())
        && req.getHeader("Access-Control-Request-Method") != null) {
      if (!allowed) {
        res.sendError(HttpServletResponse.SC_FORBIDDEN, "origin not allowed");
        return;
      }
      res.setHeader("Access-Control-Allow-Methods", "GET, POST");
      res.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
      res.setHeader("Access-Control-Max-Age", "600");
      res.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    chain.doFilter(req, res);
  }

  private boolean allowed(HttpServletRequest req, String origin) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.startsWith(CONFIG)) {
      return entryPoints.allows(path.substring(CONFIG.length()), origin);
    }
    return entryPoints.allowsAny(origin);
  }
}
