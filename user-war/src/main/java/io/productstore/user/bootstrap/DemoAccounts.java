package io.productstore.user.bootstrap;

import io.productstore.common.cassandra.CassandraReady;
import io.productstore.common.security.Roles;
import io.productstore.user.domain.PasswordHasher;
import io.productstore.user.domain.User;
import io.productstore.user.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts that exist before anyone registers. Demo mode (the local run only) seeds the old
 * clients' swagger_admin and swagger_user; otherwise only a bootstrap admin, and only when its
 * password is configured.
 */
@ApplicationScoped
public class DemoAccounts {

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

  private UserRepository users;
  private PasswordHasher hasher;
  private boolean demoMode;
  private Optional<String> bootstrapAdminPassword;

  protected DemoAccounts() {}

  @Inject
  public DemoAccounts(
      UserRepository users,
      PasswordHasher hasher,
      @ConfigProperty(name = "store.demo-mode") boolean demoMode,
      @ConfigProperty(name = "user.bootstrap-admin.password")
          Optional<String> bootstrapAdminPassword) {
    this.users = users;
    this.hasher = hasher;
    this.demoMode = demoMode;
    this.bootstrapAdminPassword = bootstrapAdminPassword;
  }

  void seed(@Observes CassandraReady ready) {
    if (demoMode) {
      ensure("swagger_admin", "Swagger Admin", "admin123", Set.of(Roles.ADMIN));
      ensure("swagger_user", "Swagger User", "password123", Set.of());
    }
    bootstrapAdminPassword.ifPresent(
        password -> ensure("admin", "Administrator", password, Set.of(Roles.ADMIN)));
  }

  private void ensure(String username, String fullName, String password, Set<String> roles) {
    User user =
        User.register(username, fullName, null, hasher.hash(password), Instant.now())
            .withRoles(roles);
    if (users.insertIfAbsent(user)) {
      LOG.info(() -> "Seeded account " + username + " with roles " + user.roles());
    }
  }
}
