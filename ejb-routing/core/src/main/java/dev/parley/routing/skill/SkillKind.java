package dev.parley.routing.skill;

/**
 * What a catalogue skill stands for. The engine treats both alike (a name with a level 1..10); the
 * kind lets administrators and the workstation tell languages from other skills.
 */
public enum SkillKind {
  SKILL,
  LANGUAGE
}
