package dev.parley.platform.health;

import dev.parley.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema has been migrated and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "java:jboss/datasources/ParleyDS")
  DataSource dataSource;

  @Inject DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    String version = migration.schemaVersion();
    if (version == null) {
      return response.down().withData("reason", "schema not migrated yet").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      return response
          .status(valid)
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .withData("schemaVersion", version)
          .build();
    } catch (SQLException e) {
      return response.down().withData("reason", e.getMessage()).build();
    }
  }
}
