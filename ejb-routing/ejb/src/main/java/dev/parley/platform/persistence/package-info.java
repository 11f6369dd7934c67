/**
 * Schema ownership: Flyway applies the versioned SQL migrations in {@code db/migration} before any
 * other bean touches the database. The same migrations run on H2 (embedded default) and PostgreSQL
 * (production).
 */
package dev.parley.platform.persistence;
