/**
 * Configuration: settings come through MicroProfile Config ({@code @ConfigProperty}: system
 * properties, environment variables, WildFly's config sources) and are checked at start-up with a
 * message that names the setting.
 */
package dev.parley.platform.config;
