package io.productstore.user.persistence;

import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.common.cassandra.Cql;
import io.productstore.user.domain.User;
import io.productstore.user.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Accounts in {@code users_by_username}; a username is claimed with a lightweight transaction. */
@ApplicationScoped
public class CassandraUserRepository implements UserRepository {

  private static final String COLUMNS =
      "username, id, full_name, phone, password_hash, roles, created_at";

  private Cql cql;

  protected CassandraUserRepository() {}

  @Inject
  public CassandraUserRepository(Cql cql) {
    this.cql = cql;
  }

  @Override
  public boolean insertIfAbsent(User u) {
    return cql.execute(
            "INSERT INTO users_by_username ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?) IF NOT EXISTS",
            u.username(),
            u.id(),
            u.fullName(),
            u.phone(),
            u.passwordHash(),
            u.roles(),
            u.createdAt())
        .wasApplied();
  }

  @Override
  public Optional<User> findByUsername(String username) {
    return Optional.ofNullable(
            cql.execute(
                    "SELECT " + COLUMNS + " FROM users_by_username WHERE username = ?", username)
                .one())
        .map(CassandraUserRepository::toUser);
  }

  @Override
  public boolean updateProfile(User u) {
    return cql.execute(
            "UPDATE users_by_username SET full_name = ?, phone = ? WHERE username = ? IF EXISTS",
            u.fullName(),
            u.phone(),
            u.username())
        .wasApplied();
  }

  @Override
  public boolean updateRoles(User u) {
    return cql.execute(
            "UPDATE users_by_username SET roles = ? WHERE username = ? IF EXISTS",
            u.roles(),
            u.username())
        .wasApplied();
  }

  @Override
  public List<User> findAll() {
    List<User> all = new ArrayList<>();
    for (Row row : cql.execute("SELECT " + COLUMNS + " FROM users_by_username")) {
      all.add(toUser(row));
    }
    all.sort(Comparator.comparing(User::username));
    return all;
  }

  private static User toUser(Row row) {
    return new User(
        row.getUuid("id"),
        row.getString("username"),
        row.getString("full_name"),
        row.getString("phone"),
        row.getString("password_hash"),
        row.getSet("roles", String.class),
        row.getInstant("created_at"));
  }
}
