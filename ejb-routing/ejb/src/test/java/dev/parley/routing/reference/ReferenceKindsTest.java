package dev.parley.routing.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.admin.ReferenceKind;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generic reference-data path covers every kind the API declares. */
class ReferenceKindsTest {

  private final ReferenceKinds kinds = new ReferenceKinds();

  ReferenceKindsTest() {
    kinds.register();
  }

  @Test
  void everyKindOfTheApiHasAHandler() throws IllegalAccessException {
    List<ReferenceKind<?>> declared = new ArrayList<>();
    for (Field f : ReferenceKind.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == ReferenceKind.class) {
        declared.add((ReferenceKind<?>) f.get(null));
      }
    }
    assertThat(declared).hasSize(4).allSatisfy(kind -> assertThat(kinds.handles(kind)).isTrue());
  }

  @Test
  void anAgentProfileIsNotDeletedOnItsOwn() {
    assertThatThrownBy(() -> kinds.delete(ReferenceKind.AGENT_PROFILE, "agent1", null))
        .isInstanceOf(RoutingRefusedException.class)
        .hasMessageContaining("goes with the account");
  }
}
