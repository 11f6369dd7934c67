/**
 * Storage of the web chat channel's reference data (migration V9): entry points, kept as one JSON
 * document each and checked as a whole before they are stored, and canned responses; plus the demo
 * entry point of the embedded defaults.
 */
package dev.parley.chat.internal;
