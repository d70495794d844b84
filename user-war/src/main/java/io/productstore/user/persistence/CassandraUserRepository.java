package io.productstore.user.persistence;

import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.common.cassandra.Cassandra;
import io.productstore.common.cassandra.PreparedStatements;
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

  private static final String COLUMNS = "username, id, full_name, phone, password_hash, roles, created_at";

  private Cassandra cassandra;
  private PreparedStatements statements;

  protected CassandraUserRepository() {}

  @Inject
  public CassandraUserRepository(Cassandra cassandra, PreparedStatements statements) {
    this.cassandra = cassandra;
    this.statements = statements;
  }

  @Override
  public boolean insertIfAbsent(User u) {
    var insert = statements.get("INSERT INTO users_by_username (" + COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?) IF NOT EXISTS");
    return cassandra.session().execute(insert.bind(u.username(), u.id(), u.fullName(), u.phone(),
        u.passwordHash(), u.roles(), u.createdAt())).wasApplied();
  }

  @Override
  public Optional<User> findByUsername(String username) {
    var select = statements.get("SELECT " + COLUMNS + " FROM users_by_username WHERE username = ?");
    return Optional.ofNullable(cassandra.session().execute(select.bind(username)).one())
        .map(CassandraUserRepository::toUser);
  }

  @Override
  public List<User> findAll() {
    var select = statements.get("SELECT " + COLUMNS + " FROM users_by_username");
    List<User> all = new ArrayList<>();
    for (Row row : cassandra.session().execute(select.bind())) {
      all.add(toUser(row));
    }
    all.sort(Comparator.comparing(User::username));
    return all;
  }

  private static User toUser(Row row) {
    return new User(row.getUuid("id"), row.getString("username"), row.getString("full_name"),
        row.getString("phone"), row.getString("password_hash"), row.getSet("roles", String.class),
        row.getInstant("created_at"));
  }
}
