package dev.parley.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the schema when Parley is deployed. Every start-up bean that reads or writes the
 * database declares {@code @DependsOn("DatabaseMigration")}; a failed migration fails the
 * deployment rather than letting Parley run on a schema it does not understand.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits on its own
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/ParleyDS")
  private DataSource dataSource;

  private volatile String schemaVersion;

  @PostConstruct
  void migrate() {
    MigrateResult result = new SchemaMigrator(dataSource).migrate();
    schemaVersion =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    LOG.info(
        () ->
            "event=schema.migrated database=%s applied=%d version=%s"
                .formatted(result.database, result.migrationsExecuted, schemaVersion));
  }

  /** The schema version after start-up; {@code null} until the migration has run. */
  public String schemaVersion() {
    return schemaVersion;
  }
}
