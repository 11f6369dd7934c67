/**
 * Health endpoints on the application port ({@code /health}, {@code /health/live}, {@code
 * /health/ready}): the MicroProfile Health checks of the deployment, answered in the MicroProfile
 * Health JSON format so load balancers need no access to the management port.
 */
package dev.parley.web.platform.health;
