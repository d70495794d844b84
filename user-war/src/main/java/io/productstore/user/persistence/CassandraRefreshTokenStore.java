package io.productstore.user.persistence;

import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.common.cassandra.Cql;
import io.productstore.user.domain.RefreshTokenStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens in {@code refresh_tokens_by_hash} and their families in {@code
 * refresh_families_by_id}, both expiring with the refresh TTL. Marking a token used is a
 * lightweight transaction, so two concurrent exchanges of one token cannot both succeed.
 */
@ApplicationScoped
public class CassandraRefreshTokenStore implements RefreshTokenStore {

  private Cql cql;

  protected CassandraRefreshTokenStore() {}

  @Inject
  public CassandraRefreshTokenStore(Cql cql) {
    this.cql = cql;
  }

  @Override
  public void save(String tokenHash, UUID familyId, String username, Duration ttl) {
    int seconds = (int) ttl.toSeconds();
    cql.execute(
        "INSERT INTO refresh_families_by_id (family_id, username) VALUES (?, ?) USING TTL ?",
        familyId,
        username,
        seconds);
    cql.execute(
        "INSERT INTO refresh_tokens_by_hash (token_hash, family_id, username, used, issued_at)"
            + " VALUES (?, ?, ?, false, ?) USING TTL ?",
        tokenHash,
        familyId,
        username,
        Instant.now(),
        seconds);
  }

  @Override
  public Optional<Stored> find(String tokenHash) {
    Row row =
        cql.execute(
                "SELECT family_id, username, used FROM refresh_tokens_by_hash WHERE token_hash = ?",
                tokenHash)
            .one();
    return Optional.ofNullable(row)
        .map(
            r -> new Stored(r.getUuid("family_id"), r.getString("username"), r.getBoolean("used")));
  }

  @Override
  public boolean markUsed(String tokenHash) {
    return cql.execute(
            "UPDATE refresh_tokens_by_hash SET used = true WHERE token_hash = ? IF used = false",
            tokenHash)
        .wasApplied();
  }

  @Override
  public boolean isFamilyRevoked(UUID familyId) {
    Row row =
        cql.execute("SELECT revoked FROM refresh_families_by_id WHERE family_id = ?", familyId)
            .one();
    return row == null || row.getBoolean("revoked");
  }

  @Override
  public void revokeFamily(UUID familyId, Duration ttl) {
    cql.execute(
        "UPDATE refresh_families_by_id USING TTL ? SET revoked = true WHERE family_id = ?",
        (int) ttl.toSeconds(),
        familyId);
  }
}
