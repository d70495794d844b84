package io.productstore.common.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.domain.DomainException;
import io.productstore.testing.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultsTest {

  private final TestClock clock = TestClock.at("2026-12-01T10:00:00Z");
  private final Faults faults = new Faults(clock, null, new FaultEffects(task -> {}), "cart", true);

  private static FaultRequest request(String kind, String target, Integer ttlSeconds) {
    return new FaultRequest(kind, target, null, null, null, ttlSeconds);
  }

  @Test
  void should_slow_the_routes_its_target_names_and_no_other() {
    faults.add(request("route_latency", "/cart-api/cart", 60), "root");

    assertThat(faults.find(FaultKind.ROUTE_LATENCY, "/cart-api/cart/checkout"))
        .hasValueSatisfying(fault -> assertThat(fault.delayMs()).isEqualTo(1000));
    assertThat(faults.find(FaultKind.ROUTE_LATENCY, "/api/products/{productId}")).isEmpty();
    assertThat(faults.find(FaultKind.ROUTE_ERRORS, "/cart-api/cart/checkout")).isEmpty();
  }

  @Test
  void should_be_gone_after_its_ttl_without_anyone_clearing_it() {
    Fault fault = faults.add(request("cassandra_slow", "orders_by_id", 30), "root");
    assertThat(fault.expiresAt()).isEqualTo(clock.instant().plusSeconds(30));

    clock.advance(Duration.ofSeconds(31));

    assertThat(faults.find(FaultKind.CASSANDRA_SLOW, "select_orders_by_id")).isEmpty();
    assertThat(faults.active()).isEmpty();
    assertThat(faults.count(FaultKind.CASSANDRA_SLOW)).isZero();
  }

  @Test
  void should_last_five_minutes_unless_told_otherwise() {
    Fault fault = faults.add(request("downstream_down", "product", null), "root");

    assertThat(fault.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
    assertThat(fault.ratio()).isEqualTo(1.0);
  }

  @Test
  void should_clear_one_fault_or_all_at_once() {
    Fault slow = faults.add(request("downstream_slow", "order", 60), "root");
    faults.add(request("task_paused", "order_lifecycle", 60), "root");
    faults.add(request("route_errors", "*", 60), "root");

    assertThat(faults.clear(slow.id(), "root")).isTrue();
    assertThat(faults.clear(slow.id(), "root")).isFalse();
    assertThat(faults.active()).hasSize(2);
    assertThat(faults.find(FaultKind.ROUTE_ERRORS, "/anything")).isPresent();
    assertThat(faults.clearAll("root")).isEqualTo(2);
    assertThat(faults.active()).isEmpty();
  }

  @Test
  void should_count_active_faults_by_kind_for_the_dashboard() {
    faults.add(request("cpu_burn", null, 60), "root");
    faults.add(request("route_latency", "*", 60), "root");
    faults.add(request("route_latency", "/api", 60), "root");

    assertThat(faults.count(FaultKind.ROUTE_LATENCY)).isEqualTo(2);
    assertThat(faults.count(FaultKind.CPU_BURN)).isEqualTo(1);
    assertThat(faults.active())
        .filteredOn(f -> f.kind() == FaultKind.CPU_BURN)
        .singleElement()
        .satisfies(f -> assertThat(f.target()).isEqualTo("*"));
  }

  @Test
  void should_name_every_wrong_field_of_a_fault() {
    assertThatThrownBy(
            () -> faults.add(new FaultRequest("route_latency", " ", 0, 2.0, 0, 7200), "root"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(DomainException.Reason.INVALID);
              assertThat(e.violations())
                  .extracting(DomainException.Violation::field)
                  .containsExactly("target", "delay_ms", "ratio", "amount", "ttl_seconds");
            });
    assertThatThrownBy(() -> faults.add(request("meteor", "*", 60), "root"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                assertThat(e.violations())
                    .extracting(DomainException.Violation::field)
                    .containsExactly("kind"));
    assertThat(faults.active()).isEmpty();
  }

  @Test
  void should_fail_only_the_given_share_of_requests() {
    Fault always = faults.add(new FaultRequest("route_errors", "*", null, 1.0, null, 60), "root");
    Fault sometimes =
        faults.add(new FaultRequest("cassandra_fail", "*", null, 0.3, null, 60), "root");

    long struck =
        java.util.stream.IntStream.range(0, 2000).filter(i -> sometimes.strikes()).count();

    assertThat(always.strikes()).isTrue();
    assertThat(struck).isBetween(450L, 750L);
  }
}
