package dev.parley.web.platform.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}, {@code /health/live} and {@code /health} (both); 503 when DOWN. */
@WebServlet(urlPatterns = {"/health", "/health/*"})
public class HealthServlet extends HttpServlet {

  @Inject @Any Instance<HealthCheck> checks;

  private Jsonb jsonb;

  @Override
  public void init() {
    jsonb = JsonbBuilder.create();
  }

  @Override
  public void destroy() {
    try {
      jsonb.close();
    } catch (Exception e) {
      log("closing JSON-B failed", e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String which = req.getPathInfo() == null ? "/" : req.getPathInfo();
    HealthReport report;
    switch (which) {
      case "/ready" -> report = HealthReport.run(checks.select(Readiness.Literal.INSTANCE), true);
      case "/live" -> report = HealthReport.run(checks.select(Liveness.Literal.INSTANCE), false);
      case "/", "" -> {
        List<HealthCheck> all = new ArrayList<>();
        checks.select(Readiness.Literal.INSTANCE).forEach(all::add);
        checks.select(Liveness.Literal.INSTANCE).forEach(all::add);
        report = HealthReport.run(all, true);
      }
      default -> {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
    }
    resp.setStatus(report.up() ? 200 : 503);
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.getWriter().write(jsonb.toJson(report));
  }
}
