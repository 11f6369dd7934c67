/** MicroProfile Health checks: readiness means the database answers on a migrated schema. */
package dev.parley.platform.health;
