package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesTest {

  @Test
  void shouldGiveEachRoleEveryRoleBelowIt() {
    assertThat(Roles.withImplied(Set.of("admin")))
        .containsExactlyInAnyOrder("admin", "approver", "editor", "reader");
    assertThat(Roles.withImplied(Set.of("approver")))
        .containsExactlyInAnyOrder("approver", "editor", "reader");
    assertThat(Roles.withImplied(Set.of("editor"))).containsExactlyInAnyOrder("editor", "reader");
    assertThat(Roles.withImplied(Set.of("reader"))).containsExactly("reader");
  }

  @Test
  void shouldKeepUnknownRolesAndImplyNothingFromThem() {
    assertThat(Roles.withImplied(Set.of("auditor"))).containsExactly("auditor");
    assertThat(Roles.withImplied(Set.of())).isEmpty();
  }

  @Test
  void shouldNameTheRoleBelow() {
    assertThat(Roles.below("admin")).isEqualTo("approver");
    assertThat(Roles.below("editor")).isEqualTo("reader");
    assertThat(Roles.below("reader")).isNull();
  }
}
