package dev.parley.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void roleNamesAreTheLowerCaseNamesUsedByTheServer() {
    assertThat(Role.AGENT.roleName()).isEqualTo(Role.AGENT_NAME).isEqualTo("agent");
    assertThat(Role.SUPERVISOR.roleName()).isEqualTo(Role.SUPERVISOR_NAME);
    assertThat(Role.ADMIN.roleName()).isEqualTo(Role.ADMIN_NAME);
  }

  @Test
  void parsesNamesIgnoringCaseAndSpace() {
    assertThat(Role.fromName(" Supervisor ")).isEqualTo(Role.SUPERVISOR);
  }

  @Test
  void rejectsUnknownNamesNamingTheAcceptedOnes() {
    assertThatThrownBy(() -> Role.fromName("root"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("root")
        .hasMessageContaining("agent, supervisor or admin");
  }
}
