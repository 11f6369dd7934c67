/**
 * The skills catalogue: every skill a queue may require or an agent may hold, languages included
 * ({@link dev.parley.routing.skill.SkillKind}). Names are normalised as the engine compares them
 * (trimmed, lower case). Reference data; the engine itself only sees names and levels.
 */
package dev.parley.routing.skill;
