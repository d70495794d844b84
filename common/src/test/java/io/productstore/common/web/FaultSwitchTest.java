package io.productstore.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** With the switch off the fault API answers 404 to everyone, before any role check. */
class FaultSwitchTest {

  @Test
  void should_hide_every_fault_route_when_the_api_is_off() {
    assertThat(FaultSwitch.hides("admin/faults", false)).isTrue();
    assertThat(FaultSwitch.hides("/admin/faults/7d1f2c3a-0000-0000-0000-000000000000", false))
        .isTrue();
  }

  @Test
  void should_leave_the_fault_api_alone_when_on_and_every_other_route_always() {
    assertThat(FaultSwitch.hides("admin/faults", true)).isFalse();
    assertThat(FaultSwitch.hides("cart/items", false)).isFalse();
    assertThat(FaultSwitch.hides("products/admin", false)).isFalse();
  }
}
