/**
 * JPA mapping of the skills catalogue ({@code routing_skill}), reference data in Hibernate's
 * second-level cache. Queue requirements and agent skills refer to it by foreign key.
 */
package dev.parley.routing.skill.jpa;
