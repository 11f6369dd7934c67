/** Administration (admin role): accounts and routing's reference data (docs/admin-api.md). */
package dev.parley.web.admin;
