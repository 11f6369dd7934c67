package dev.parley.platform.persistence;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies Parley's migrations to a data source. Plain Java so unit tests can run it against an
 * in-memory database; {@link DatabaseMigration} runs it in the server.
 */
public final class SchemaMigrator {

  static final String LOCATION = "classpath:db/migration";

  private final DataSource dataSource;

  public SchemaMigrator(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Brings the schema to the newest version and returns what was applied. */
  public MigrateResult migrate() {
    return Flyway.configure(SchemaMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }
}
