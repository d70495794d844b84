package io.productstore.user.domain;

import static io.productstore.common.domain.ClientAddress.LOCAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.domain.DependencyUnavailable;
import io.productstore.testing.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProfilesTest {

  private static final Duration CALL = Duration.ofMillis(400);

  private final TestClock clock = TestClock.at("2026-12-01T10:00:00Z");
  private final InMemoryUsers users = new InMemoryUsers();
  private final Accounts accounts =
      new Accounts(
          users,
          new PasswordHasher(1_000),
          new LoginThrottle(new InMemoryFailureLog(clock), 3, Duration.ofMinutes(5)),
          new ClientBrake(new InMemoryAttemptLog(clock), 20, 10, Duration.ofMinutes(10)),
          new RecordingUserMetrics(),
          clock);
  private final ExecutorService fanOut = Executors.newFixedThreadPool(4);

  /**
   * Both calls count down on start and wait for the other: run one after the other, they time out.
   */
  private final CountDownLatch bothStarted = new CountDownLatch(2);

  private List<OrderSummary> orders =
      List.of(
          summary("CREATED", "10.00"), summary("CANCELLED", "99.00"), summary("DELIVERED", "5.50"));
  private boolean ordersDown;

  private final OrderHistory history =
      bearer -> {
        meetTheOtherCall();
        if (ordersDown) {
          throw new DependencyUnavailable("The order service is not reachable");
        }
        return orders;
      };
  private final CartAccess carts =
      new CartAccess() {
        @Override
        public CartSummary cartOf(String bearer) {
          meetTheOtherCall();
          return new CartSummary("anna", List.of(), new BigDecimal("7.25"));
        }

        @Override
        public PlacedOrder checkout(String bearer, String idempotencyKey) {
          throw new UnsupportedOperationException();
        }
      };
  private final Profiles profiles = new Profiles(accounts, history, carts, fanOut);

  private static OrderSummary summary(String status, String total) {
    return new OrderSummary(
        UUID.randomUUID(), status, new BigDecimal(total), Instant.parse("2026-12-01T09:00:00Z"));
  }

  private void meetTheOtherCall() {
    bothStarted.countDown();
    try {
      if (!bothStarted.await(2, TimeUnit.SECONDS)) {
        throw new AssertionError(
            "the other call did not start meanwhile: the calls ran one after the other");
      }
      Thread.sleep(CALL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @AfterEach
  void stop() {
    fanOut.shutdownNow();
  }

  @Test
  void should_ask_the_order_and_cart_services_side_by_side_and_take_about_the_slower_call() {
    accounts.register("anna", "Anna", null, "s3cret-pass", LOCAL);
    long started = System.nanoTime();

    Profiles.Profile profile = profiles.of("anna", "Bearer t");

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(profile.cartTotal()).isEqualByComparingTo("7.25");
    assertThat(profile.orders()).hasSize(3);
    assertThat(took).as("about one call, not two").isLessThan(CALL.multipliedBy(2));
  }

  @Test
  void should_count_every_order_but_the_cancelled_ones_as_spent() {
    accounts.register("anna", "Anna", null, "s3cret-pass", LOCAL);

    assertThat(profiles.of("anna", "Bearer t").totalSpent()).isEqualByComparingTo("15.50");
  }

  @Test
  void should_fail_the_profile_with_the_services_own_failure_when_orders_are_down() {
    accounts.register("anna", "Anna", null, "s3cret-pass", LOCAL);
    ordersDown = true;

    assertThatThrownBy(() -> profiles.of("anna", "Bearer t"))
        .isInstanceOf(DependencyUnavailable.class);
  }

  @Test
  void should_leave_total_spent_out_instead_of_failing_when_orders_are_down() {
    ordersDown = true;
    bothStarted.countDown(); // this call runs alone

    assertThat(profiles.totalSpentIfKnown("Bearer t")).isEmpty();
  }
}
