/** Load tools for the e-mail channel (docs/benchmarks.md, "E-mail"). */
package dev.parley.load.mail;
