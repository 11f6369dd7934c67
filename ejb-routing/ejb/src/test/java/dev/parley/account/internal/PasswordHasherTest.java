package dev.parley.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(4);

  @Test
  void producesModularCryptBcryptThatElytronCanRead() {
    String hash = hasher.hash("correct horse".toCharArray());

    assertThat(hash).startsWith("$2a$04$").hasSize(60).doesNotContain("correct horse");
  }

  @Test
  void verifiesTheRightPasswordAndRejectsAWrongOne() {
    String hash = hasher.hash("correct horse".toCharArray());

    assertThat(hasher.verify("correct horse".toCharArray(), hash)).isTrue();
    assertThat(hasher.verify("correct horsE".toCharArray(), hash)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
  }

  @Test
  void refusesACostOutsideBcryptsRange() {
    assertThatThrownBy(() -> new PasswordHasher(3)).hasMessageContaining("between 4 and 31");
  }
}
