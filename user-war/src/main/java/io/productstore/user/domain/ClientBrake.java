package io.productstore.user.domain;

import io.productstore.common.domain.ClientAddress;
import io.productstore.common.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brakes per client address, beside the per-account one: failed logins for any usernames (one
 * address guessing many accounts) and registrations (one address flooding the password hasher).
 * Within {@code user.client.window} an address may fail {@code user.client.max-failed-logins}
 * logins and open {@code user.client.max-registrations} accounts; then it gets 429 until the oldest
 * attempt ages out. A local caller (docs/security.md) is never braked. The attempts live in
 * Cassandra with a TTL, so every instance sees the same counts.
 */
@ApplicationScoped
public class ClientBrake {

  /** What an address's attempts are counted for. */
  public enum Action {
    FAILED_LOGIN,
    REGISTRATION
  }

  /** Recent attempts of one address for one action. */
  public interface AttemptLog {

    int countRecent(Action action, ClientAddress client);

    void record(Action action, ClientAddress client, Duration window);
  }

  private AttemptLog attempts;
  private int maxFailedLogins;
  private int maxRegistrations;
  private Duration window;

  protected ClientBrake() {}

  @Inject
  public ClientBrake(
      AttemptLog attempts,
      @ConfigProperty(name = "user.client.max-failed-logins") int maxFailedLogins,
      @ConfigProperty(name = "user.client.max-registrations") int maxRegistrations,
      @ConfigProperty(name = "user.client.window") Duration window) {
    this.attempts = attempts;
    this.maxFailedLogins = maxFailedLogins;
    this.maxRegistrations = maxRegistrations;
    this.window = window;
  }

  /** Refuses a login from an address that failed too often, before any password is hashed. */
  public void checkLogin(ClientAddress client) {
    if (!client.isLocal() && attempts.countRecent(Action.FAILED_LOGIN, client) >= maxFailedLogins) {
      throw DomainException.throttled(
          "Too many failed logins from this address; try again in a few minutes");
    }
  }

  public void loginFailed(ClientAddress client) {
    if (!client.isLocal()) {
      attempts.record(Action.FAILED_LOGIN, client, window);
    }
  }

  /**
   * Counts a registration of the address or refuses it. The count is read again after the attempt
   * is recorded, so concurrent requests of one address never open more accounts than the limit, and
   * a refused flood adds at most its concurrency to the log.
   */
  public void admitRegistration(ClientAddress client) {
    if (client.isLocal()) {
      return;
    }
    if (attempts.countRecent(Action.REGISTRATION, client) >= maxRegistrations) {
      throw registrationsThrottled();
    }
    attempts.record(Action.REGISTRATION, client, window);
    if (attempts.countRecent(Action.REGISTRATION, client) > maxRegistrations) {
      throw registrationsThrottled();
    }
  }

  private static DomainException registrationsThrottled() {
    return DomainException.throttled(
        "Too many registrations from this address; try again in a few minutes");
  }
}
