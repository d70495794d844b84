package io.productstore.user.domain;

import io.productstore.common.domain.ClientAddress;
import io.productstore.common.domain.DomainException;
import io.productstore.common.security.Roles;
import io.productstore.user.domain.UserMetrics.LoginOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts: unique usernames, password login with one answer for every failure and a brake on
 * guessing, profile changes, and roles granted only by an admin (never {@code service}).
 */
@ApplicationScoped
public class Accounts {

  static final String BAD_CREDENTIALS = "Incorrect username or password";
  private static final Set<String> GRANTABLE = Set.of(Roles.USER, Roles.ADMIN);

  private UserRepository users;
  private PasswordHasher hasher;
  private LoginThrottle throttle;
  private ClientBrake brake;
  private UserMetrics metrics;
  private Clock clock;

  protected Accounts() {}

  @Inject
  public Accounts(
      UserRepository users,
      PasswordHasher hasher,
      LoginThrottle throttle,
      ClientBrake brake,
      UserMetrics metrics,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.throttle = throttle;
    this.brake = brake;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Opens an account; 429 when the address opened too many lately (before any hashing). */
  public User register(
      String username, String fullName, String phone, String password, ClientAddress from) {
    brake.admitRegistration(from);
    User user =
        User.register(
            username,
            fullName,
            phone,
            metrics.timeHash(() -> hasher.hash(password)),
            clock.instant().truncatedTo(ChronoUnit.MILLIS));
    if (!users.insertIfAbsent(user)) {
      throw DomainException.conflict("Username already registered");
    }
    metrics.registered();
    return user;
  }

  /**
   * The account whose password this is; 401 with the same detail for any failure, 429 when the
   * account or the address is locked.
   */
  public User authenticate(String username, String password, ClientAddress from) {
    if (throttle.isLocked(username)) {
      metrics.login(LoginOutcome.LOCKED);
      throw throttle.locked();
    }
    try {
      brake.checkLogin(from);
    } catch (DomainException locked) {
      metrics.login(LoginOutcome.LOCKED);
      throw locked;
    }
    Optional<User> user = users.findByUsername(username);
    boolean matches =
        metrics.timeHash(
            () ->
                user.isPresent()
                    ? hasher.matches(password, user.get().passwordHash())
                    : hasher.matchDecoy(password));
    if (!matches) {
      throttle.failed(username);
      brake.loginFailed(from);
      metrics.login(user.isPresent() ? LoginOutcome.BAD_PASSWORD : LoginOutcome.UNKNOWN_USER);
      throw DomainException.unauthenticated(BAD_CREDENTIALS);
    }
    throttle.succeeded(username);
    metrics.login(LoginOutcome.SUCCESS);
    return user.get();
  }

  public User byUsername(String username) {
    return users
        .findByUsername(username)
        .orElseThrow(() -> DomainException.notFound("User not found"));
  }

  /** Changes the given fields; a null or blank one stays as it was. */
  public User updateProfile(String username, String fullName, String phone) {
    User updated = byUsername(username).withProfile(fullName, phone);
    if (!users.updateProfile(updated)) {
      throw DomainException.notFound("User not found");
    }
    return updated;
  }

  /**
   * Sets an account's roles (admin only); {@code user} is always kept, {@code service} never
   * granted.
   */
  public User grantRoles(String username, Set<String> roles) {
    List<DomainException.Violation> refused =
        roles.stream()
            .filter(role -> !GRANTABLE.contains(role))
            .map(
                role ->
                    new DomainException.Violation(
                        "roles", "cannot grant '" + role + "'; only user and admin"))
            .toList();
    if (!refused.isEmpty()) {
      throw DomainException.invalid("These roles cannot be granted", refused);
    }
    User updated = byUsername(username).withRoles(roles);
    if (!users.updateRoles(updated)) {
      throw DomainException.notFound("User not found");
    }
    return updated;
  }
}
