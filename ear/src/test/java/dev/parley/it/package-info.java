/**
 * Integration tests against the whole server: Arquillian in-container tests in a managed WildFly
 * ({@code persistence}), black-box tests over HTTP and WebSocket against a WildFly started as the
 * Run command starts it ({@code api}, {@code ws}, {@code restart}), and browser tests in headless
 * Chromium ({@code browser}).
 */
package dev.parley.it;
