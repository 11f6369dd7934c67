package dev.parley.routing.api.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Queue and agent ids compare by reference to an interned value: equal values must still match. */
class IdsTest {

  @Test
  void idsMadeFromDistinctButEqualStringsAreEqual() {
    String a = new String(new char[] {'s', 'a', 'l', 'e', 's'});
    String b = new String("sales");
    assertThat(a).isNotSameAs(b);

    assertThat(QueueId.of(a)).isEqualTo(QueueId.of("sales")).hasSameHashCodeAs(QueueId.of("sales"));
    assertThat(QueueId.of(a))
        .isNotEqualTo(QueueId.of("support"))
        .isNotEqualTo(AgentId.of("sales"))
        .isNotEqualTo(null);
    assertThat(AgentId.of(new String("ann")))
        .isEqualTo(AgentId.of("ann"))
        .isNotEqualTo(AgentId.of("bob"));

    Map<QueueId, Integer> m = new HashMap<>();
    m.put(QueueId.of(a), 1);
    assertThat(m.get(QueueId.of(new String("sales")))).isEqualTo(1);
  }

  @Test
  void blankIdsAreRefused() {
    assertThatThrownBy(() -> QueueId.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AgentId.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContactId.of(null)).hasMessage("contact id must not be blank");
    assertThatThrownBy(() -> CustomerId.of("\t")).hasMessage("customer id must not be blank");
  }

  @Test
  void idsOfDifferentKindsWithTheSameTextAreNotEqual() {
    assertThat(ContactId.of("x")).isEqualTo(ContactId.of("x")).hasSameHashCodeAs(ContactId.of("x"));
    assertThat(ContactId.of("x")).isNotEqualTo(CustomerId.of("x")).isNotEqualTo(ContactId.of("y"));
    assertThat(AgentId.of("x")).isNotEqualTo(QueueId.of("x"));
    assertThat(CustomerId.of("jane@example.com")).hasToString("jane@example.com");
  }

  @Test
  void theSameValueGivesTheSameInstanceSoMapsFindKeysByReference() {
    assertThat(QueueId.of(new String("billing"))).isSameAs(QueueId.of("billing"));
    assertThat(AgentId.of(new String("carol"))).isSameAs(AgentId.of("carol"));
    assertThat(new QueueId("billing"))
        .isNotSameAs(QueueId.of("billing"))
        .isEqualTo(QueueId.of("billing"));
  }

  @Test
  void theCacheStopsGrowingAtItsBoundAndIdsBeyondItStillCompareByValue() {
    CanonicalIds<QueueId> ids = new CanonicalIds<>(QueueId::new);
    for (int i = 0; i < CanonicalIds.MAX; i++) {
      ids.of("q" + i);
    }
    QueueId beyond = ids.of("one-too-many");

    assertThat(ids.of("one-too-many")).isNotSameAs(beyond).isEqualTo(beyond);
    assertThat(ids.of("q7")).isSameAs(ids.of(new String("q7")));
    assertThatThrownBy(() -> ids.of(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
