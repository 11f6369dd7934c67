package dev.parley.routing.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The same identity written differently by different channels is one key. */
class CustomerKeyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Jane.Doe@Example.COM | jane.doe@example.com",
        "  jane@example.com   | jane@example.com",
        "Jane Doe <Jane@Example.com> | jane@example.com",
        "+45 12 34 56 78 | +4512345678",
        "+45-1234-5678 | +4512345678",
        "(555) 123-4567 | 5551234567",
        "Jane Doe <+45 12 34 56 78> | +4512345678",
        "visitor-7f3a | visitor-7f3a",
        "Visitor-7F3A | Visitor-7F3A",
        "1234 | 1234",
        "ann | ann",
        "<> | <>"
      })
  void keysAnIdentityByWhatItIs(String identity, String key) {
    assertThat(CustomerKey.of(identity)).isEqualTo(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void refusesABlankIdentity(String identity) {
    assertThatThrownBy(() -> CustomerKey.of(identity)).isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void refusesANullOrOverLongIdentity() {
    assertThatThrownBy(() -> CustomerKey.of(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CustomerKey.of("v".repeat(CustomerKey.MAX_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than");
    assertThat(CustomerKey.of("v".repeat(CustomerKey.MAX_LENGTH))).hasSize(CustomerKey.MAX_LENGTH);
  }
}
