package io.productstore.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  private final Accounts accounts =
      new Accounts(users, new PasswordHasher(1_000), throttle, metrics, clock);

  private static Reason reasonOf(Throwable e) {
    return ((DomainException) e).reason();
  }

  @Test
  void should_register_an_account_with_the_user_role_and_no_plain_password() {
    User anna = accounts.register("anna", "Anna K", "+7 900", "s3cret-pass");

    assertThat(anna.roles()).containsExactly("user");
    assertThat(anna.passwordHash()).doesNotContain("s3cret-pass").startsWith("pbkdf2-sha256$1000$");
    assertThat(anna.createdAt()).isEqualTo(clock.instant());
    assertThat(metrics.registrations).isEqualTo(1);
  }

  @Test
  void should_refuse_a_username_that_is_taken() {
    accounts.register("anna", "Anna", null, "s3cret-pass");

    assertThatThrownBy(() -> accounts.register("anna", "Other Anna", null, "another-pass"))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.CONFLICT));
  }

  @Test
  void should_log_in_with_the_right_password() {
    accounts.register("anna", "Anna", null, "s3cret-pass");

    assertThat(accounts.authenticate("anna", "s3cret-pass").username()).isEqualTo("anna");
    assertThat(metrics.logins).containsExactly(LoginOutcome.SUCCESS);
  }

  @Test
  void should_answer_a_wrong_password_and_an_unknown_user_alike_after_the_same_work() {
    accounts.register("anna", "Anna", null, "s3cret-pass");
    int before = metrics.hashes;

    Throwable wrong =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> accounts.authenticate("anna", "guess"));
    Throwable unknown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> accounts.authenticate("nobody", "guess"));

    assertThat(wrong).hasMessage(Accounts.BAD_CREDENTIALS);
    assertThat(unknown).hasMessage(Accounts.BAD_CREDENTIALS);
    assertThat(reasonOf(unknown)).isEqualTo(Reason.UNAUTHENTICATED);
    assertThat(metrics.hashes - before).isEqualTo(2); // the unknown user costs a hash too
    assertThat(metrics.logins)
        .containsExactly(LoginOutcome.BAD_PASSWORD, LoginOutcome.UNKNOWN_USER);
  }

  @Test
  void should_lock_an_account_after_repeated_failures_even_for_the_right_password() {
    accounts.register("anna", "Anna", null, "s3cret-pass");
    for (int i = 0; i < MAX_FAILURES; i++) {
      assertThatThrownBy(() -> accounts.authenticate("anna", "guess"));
    }

    assertThatThrownBy(() -> accounts.authenticate("anna", "s3cret-pass"))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.THROTTLED));
    assertThat(metrics.logins).endsWith(LoginOutcome.LOCKED);
  }

  @Test
  void should_unlock_once_the_failures_age_out_of_the_window() {
    accounts.register("anna", "Anna", null, "s3cret-pass");
    for (int i = 0; i < MAX_FAILURES; i++) {
      assertThatThrownBy(() -> accounts.authenticate("anna", "guess"));
    }

    clock.advance(WINDOW.plusSeconds(1));

    assertThat(accounts.authenticate("anna", "s3cret-pass").username()).isEqualTo("anna");
  }

  @Test
  void should_forget_earlier_failures_after_a_successful_login() {
    accounts.register("anna", "Anna", null, "s3cret-pass");
    for (int i = 0; i < MAX_FAILURES - 1; i++) {
      assertThatThrownBy(() -> accounts.authenticate("anna", "guess"));
    }
    accounts.authenticate("anna", "s3cret-pass");

    assertThatThrownBy(() -> accounts.authenticate("anna", "guess"))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.UNAUTHENTICATED));
    assertThat(throttle.isLocked("anna")).isFalse();
  }

  @Test
  void should_keep_the_other_accounts_open_while_one_is_locked() {
    accounts.register("anna", "Anna", null, "s3cret-pass");
    accounts.register("boris", "Boris", null, "b0ris-pass");
    for (int i = 0; i < MAX_FAILURES; i++) {
      assertThatThrownBy(() -> accounts.authenticate("anna", "guess"));
    }

    assertThat(accounts.authenticate("boris", "b0ris-pass").username()).isEqualTo("boris");
  }

  @Test
  void should_change_only_the_profile_fields_given() {
    accounts.register("anna", "Anna", "+7 900", "s3cret-pass");

    User updated = accounts.updateProfile("anna", "  ", "+7 911");

    assertThat(updated.fullName()).isEqualTo("Anna");
    assertThat(updated.phone()).isEqualTo("+7 911");
    assertThat(accounts.byUsername("anna").phone()).isEqualTo("+7 911");
  }

  @Test
  void should_grant_admin_but_never_service_and_always_keep_user() {
    accounts.register("anna", "Anna", null, "s3cret-pass");

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
}
