/**
 * Small helpers the modules share that belong to no feature (e.g. handling events in order on a
 * managed executor).
 */
package dev.parley.util;
