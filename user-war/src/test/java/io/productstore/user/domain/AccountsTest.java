package io.productstore.user.domain;

import static io.productstore.common.domain.ClientAddress.LOCAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.domain.ClientAddress;
import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.DomainException.Reason;
import io.productstore.testing.TestClock;
import io.productstore.user.domain.UserMetrics.LoginOutcome;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountsTest {

  private static final int MAX_FAILURES = 3;
  private static final Duration WINDOW = Duration.ofMinutes(5);

  private final TestClock clock = TestClock.at("2026-12-01T10:00:00Z");
  private final InMemoryUsers users = new InMemoryUsers();
  private final RecordingUserMetrics metrics = new RecordingUserMetrics();
  private final LoginThrottle throttle =
      new LoginThrottle(new InMemoryFailureLog(clock), MAX_FAILURES, WINDOW);
  private static final int MAX_FAILED_LOGINS_PER_ADDRESS = 4;
  private static final int MAX_REGISTRATIONS_PER_ADDRESS = 2;
  private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);
  private static final ClientAddress MALLORY = new ClientAddress("203.0.113.7");
  private static final ClientAddress ALICE = new ClientAddress("198.51.100.1");

  private final ClientBrake brake =
      new ClientBrake(
          new InMemoryAttemptLog(clock),
          MAX_FAILED_LOGINS_PER_ADDRESS,
          MAX_REGISTRATIONS_PER_ADDRESS,
          ADDRESS_WINDOW);
  private final Accounts accounts =
      new Accounts(users, new PasswordHasher(1_000), throttle, brake, metrics, clock);

  private static Reason reasonOf(Throwable e) {
    return ((DomainException) e).reason();
  }

  @Test
  void should_register_an_account_with_the_user_role_and_no_plain_password() {
    User anna = accounts.register("anna", "Anna K", "+7 900", "s3cret-pass", LOCAL);

    assertThat(anna.roles()).containsExactly("user");
    assertThat(anna.passwordHash()).doesNotContain("s3cret-pass").startsWith("pbkdf2-sha256$1000$");
    assertThat(anna.createdAt()).isEqualTo(clock.instant());
    assertThat(metrics.registrations).isEqualTo(1);
  }

  @Test
  void should_refuse_a_username_that_is_taken() {
    accounts.register("anna", "Anna", null, "s3cret-pass", LOCAL);

    assertThatThrownBy(() -> accounts.register("anna", "Other Anna", null, "another-pass", LOCAL))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.CONFLICT));
  }

  @Test
  void should_log_in_with_the_right_password() {
    accounts.register("anna", "Anna", null, "s3cret-pass", LOCAL);

    assertThat(accounts.authenticate("anna", "s3cret-pass", LOCAL).username()).isEqualTo("anna");
    assertThat(metrics.logins).containsExactly(LoginOutcome.SUCCESS);
  }

  @Test
  void should_answer_a_wrong_password_and_an_unknown_user_alike_after_the_same_work() {
    accounts.register("anna", "Anna", null, "s3cret-pass", LOCAL);
    int before = metrics.hashes;

    Throwable wrong =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> accounts.authenticate("anna", "guess", LOCAL));
    Throwable unknown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> accounts.authenticate("nobody", "guess", LOCAL));

    assertThat(wrong).hasMessage(Accounts.BAD_CREDENTIALS);
    assertThat(unknown).hasMessage(Accounts.BAD_CREDENTIALS);
    assertThat(reasonOf(unknown)).isEqualTo(Reason.UNAUTHENTICATED);
    assertThat(metrics.hashes - before).isEqualTo(2); // the unknown user costs a hash too
    assertThat(metrics.logins)
        .containsExactly(LoginOutcome.BAD_PASSWORD, LoginOutcome.UNKNOWN_USER);
  }

  @Test
  void should_lock_an_account_after_repeated_failures_even_for_the_right_password() {
    accounts.register("anna", "Anna", null, "s3cret-pass", LOCAL);
    for (int i = 0; i < MAX_FAILURES; i++) {
      assertThatThrownBy(() -> accounts.authenticate("anna", "guess", LOCAL));
    }

    assertThatThrownBy(() -> accounts.authenticate("anna", "s3cret-pass", LOCAL))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.THROTTLED));
    assertThat(metrics.logins).endsWith(LoginOutcome.LOCKED);
  }

  @Test
  void should_unlock_once_the_failures_age_out_of_the_window() {
    accounts.register("anna", "Anna", null, "s3cret-pass", LOCAL);
    for (int i = 0; i < MAX_FAILURES; i++) {
      assertThatThrownBy(() -> accounts.authenticate("anna", "guess", LOCAL));
    }

    clock.advance(WINDOW.plusSeconds(1));

    assertThat(accounts.authenticate("anna", "s3cret-pass", LOCAL).username()).isEqualTo("anna");
  }

  @Test
  void should_forget_earlier_failures_after_a_successful_login() {
    accounts.register("anna", "Anna", null, "s3cret-pass", LOCAL);
    for (int i = 0; i < MAX_FAILURES - 1; i++) {
      assertThatThrownBy(() -> accounts.authenticate("anna", "guess", LOCAL));
    }
    accounts.authenticate("anna", "s3cret-pass", LOCAL);

    assertThatThrownBy(() -> accounts.authenticate("anna", "guess", LOCAL))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.UNAUTHENTICATED));
    assertThat(throttle.isLocked("anna")).isFalse();
  }

  @Test
  void should_keep_the_other_accounts_open_while_one_is_locked() {
    accounts.register("anna", "Anna", null, "s3cret-pass", LOCAL);
    accounts.register("boris", "Boris", null, "b0ris-pass", LOCAL);
    for (int i = 0; i < MAX_FAILURES; i++) {
      assertThatThrownBy(() -> accounts.authenticate("anna", "guess", LOCAL));
    }

    assertThat(accounts.authenticate("boris", "b0ris-pass", LOCAL).username()).isEqualTo("boris");
  }

  @Test
  void should_change_only_the_profile_fields_given() {
    accounts.register("anna", "Anna", "+7 900", "s3cret-pass", LOCAL);

    User updated = accounts.updateProfile("anna", "  ", "+7 911");

    assertThat(updated.fullName()).isEqualTo("Anna");
    assertThat(updated.phone()).isEqualTo("+7 911");
    assertThat(accounts.byUsername("anna").phone()).isEqualTo("+7 911");
  }

  @Test
  void should_grant_admin_but_never_service_and_always_keep_user() {
    accounts.register("anna", "Anna", null, "s3cret-pass", LOCAL);

    assertThat(accounts.grantRoles("anna", Set.of("admin")).roles())
        .containsExactlyInAnyOrder("user", "admin");
    assertThatThrownBy(() -> accounts.grantRoles("anna", Set.of("admin", "service")))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.INVALID);
              assertThat(e.violations())
                  .singleElement()
                  .satisfies(v -> assertThat(v.message()).contains("service"));
            });
    assertThat(accounts.byUsername("anna").isAdmin()).isTrue();
  }

  @Test
  void should_answer_not_found_for_an_unknown_account() {
    assertThatThrownBy(() -> accounts.grantRoles("nobody", Set.of("admin")))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NOT_FOUND));
  }

  @Test
  void should_lock_an_address_that_guesses_many_accounts_even_for_a_right_password() {
    accounts.register("anna", "Anna", null, "s3cret-pass", LOCAL);
    for (int i = 0; i < MAX_FAILED_LOGINS_PER_ADDRESS; i++) {
      String victim = "victim" + i; // a different account each time: no account brake applies
      assertThatThrownBy(() -> accounts.authenticate(victim, "guess", MALLORY))
          .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.UNAUTHENTICATED));
    }
    int hashes = metrics.hashes;

    assertThatThrownBy(() -> accounts.authenticate("anna", "s3cret-pass", MALLORY))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.THROTTLED))
        .hasMessageContaining("address");
    assertThat(metrics.hashes).as("a locked address costs no hash").isEqualTo(hashes);
    assertThat(metrics.logins).endsWith(LoginOutcome.LOCKED);
    assertThat(accounts.authenticate("anna", "s3cret-pass", ALICE).username()).isEqualTo("anna");
    assertThat(accounts.authenticate("anna", "s3cret-pass", LOCAL).username()).isEqualTo("anna");
  }

  @Test
  void should_open_an_address_again_once_its_failures_age_out() {
    accounts.register("anna", "Anna", null, "s3cret-pass", LOCAL);
    for (int i = 0; i < MAX_FAILED_LOGINS_PER_ADDRESS; i++) {
      String victim = "victim" + i;
      assertThatThrownBy(() -> accounts.authenticate(victim, "guess", MALLORY));
    }

    clock.advance(ADDRESS_WINDOW.plusSeconds(1));

    assertThat(accounts.authenticate("anna", "s3cret-pass", MALLORY).username()).isEqualTo("anna");
  }

  @Test
  void should_refuse_registrations_past_the_limit_of_an_address_and_create_nothing() {
    for (int i = 0; i < MAX_REGISTRATIONS_PER_ADDRESS; i++) {
      accounts.register("bot" + i, "Bot", null, "bot-password", MALLORY);
    }
    int hashes = metrics.hashes;

    assertThatThrownBy(() -> accounts.register("bot9", "Bot", null, "bot-password", MALLORY))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.THROTTLED));
    assertThatThrownBy(() -> accounts.byUsername("bot9"))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NOT_FOUND));
    assertThat(metrics.hashes).as("a refused registration costs no hash").isEqualTo(hashes);
    assertThat(accounts.register("anna", "Anna", null, "s3cret-pass", ALICE).username())
        .isEqualTo("anna");
    clock.advance(ADDRESS_WINDOW.plusSeconds(1));
    assertThat(accounts.register("bot9", "Bot", null, "bot-password", MALLORY).username())
        .isEqualTo("bot9");
  }

  @Test
  void should_never_brake_a_local_caller() {
    for (int i = 0; i < MAX_REGISTRATIONS_PER_ADDRESS + 3; i++) {
      accounts.register("seed" + i, "Seed", null, "seed-password", LOCAL);
    }
    assertThat(accounts.byUsername("seed4").username()).isEqualTo("seed4");
  }
}
