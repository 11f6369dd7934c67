/**
 * JMH benchmarks of the routing core: a large, busy contact center (7,500 agents, 5,000 queues,
 * 100,000 waiting contacts) driven through the engine's public command API. Results and the command
 * that produced them are in {@code docs/benchmarks.md}.
 */
package dev.parley.routing.bench;
