/**
 * Rows a group-commit batch creates in bulk (new contacts, their history), kept until the batch is
 * written and then inserted with one JDBC batch each, bypassing Hibernate's per-entity insert work
 * (ADR 0007). {@link dev.parley.routing.store.jdbc.RowBatch} is the shared buffer.
 */
package dev.parley.routing.store.jdbc;
