/**
 * The website visitor's side: anonymous visitors holding a signed token, from allowed origins only.
 * Empty today; the web chat issue brings it.
 */
package dev.parley.web.visitor;
