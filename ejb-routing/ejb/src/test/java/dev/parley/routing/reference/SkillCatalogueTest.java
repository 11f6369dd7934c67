package dev.parley.routing.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.admin.SkillDefinition;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkillCatalogueTest {

  @Test
  void namesAreNormalisedAsTheEngineComparesThemAndKindDefaultsToSkill() {
    assertThat(SkillCatalogue.normalise(new SkillDefinition("  Spanish ", "language")))
        .isEqualTo(new SkillDefinition("spanish", "LANGUAGE"));
    assertThat(SkillCatalogue.normalise(new SkillDefinition("Billing", null)))
        .isEqualTo(new SkillDefinition("billing", "SKILL"));
  }

  @Test
  void blankNamesLongNamesAndUnknownKindsAreRefused() {
    assertThatThrownBy(() -> SkillCatalogue.normalise(new SkillDefinition(" ", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> SkillCatalogue.normalise(new SkillDefinition("x".repeat(65), null)))
        .hasMessageContaining("at most 64");
    assertThatThrownBy(() -> SkillCatalogue.normalise(new SkillDefinition("x", "DIALECT")))
        .hasMessageContaining("unknown skill kind 'DIALECT'");
  }

  @Test
  void aProfileNamingASkillOutsideTheCatalogueIsRefused() {
    Set<String> catalogue = Set.of("support");
    SkillCatalogue.requireKnown(List.of("support"), catalogue::contains, "skills");
    assertThatThrownBy(
            () ->
                SkillCatalogue.requireKnown(
                    List.of("support", "german"), catalogue::contains, "skills"))
        .hasMessage("skills names unknown skill 'german'; add it to the skills catalogue first");
  }

  @Test
  void saysWhoUsesASkill() {
    assertThat(SkillCatalogue.inUse("support", List.of(), List.of())).isNull();
    assertThat(SkillCatalogue.inUse("support", List.of("Support"), List.of("agent1")))
        .isEqualTo("skill 'support' is in use by queues [Support] and agents [agent1]");
    assertThat(SkillCatalogue.inUse("support", List.of(), List.of("agent1")))
        .isEqualTo("skill 'support' is in use by agents [agent1]");
  }
}
