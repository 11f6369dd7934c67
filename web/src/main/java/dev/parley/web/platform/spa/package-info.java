/** Serves the Angular application: deep links such as {@code /agent} get {@code index.html}. */
package dev.parley.web.platform.spa;
