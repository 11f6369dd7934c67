/**
 * Empty today. The web chat issue adds here the REST resources the embeddable widget calls
 * (starting a chat, obtaining the visitor's signed token).
 */
package dev.parley.web.visitor.rest;
