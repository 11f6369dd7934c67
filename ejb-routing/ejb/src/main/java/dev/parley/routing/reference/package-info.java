/**
 * Routing's reference data: the skills catalogue, queues, agents' routing profiles, business-hours
 * calendars and the engine-wide settings. The mappings translate between the admin's definitions,
 * the stored entities and the engine's types (pure, unit-tested, invalid values named); {@code
 * ReferenceData} checks and writes a change and applies it to the running engine inside one writer
 * operation; {@code DemoRoutingData} seeds the embedded defaults. ADR 0006.
 */
package dev.parley.routing.reference;
