package io.productstore.user.domain;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Refresh-token hashes and their families in memory (no expiry: the tests never wait a TTL). */
final class InMemoryRefreshTokens implements RefreshTokenStore {

  final Map<String, Stored> tokens = new HashMap<>();
  private final Set<UUID> families = new HashSet<>();
  private final Set<UUID> revoked = new HashSet<>();

  @Override
  public void save(String tokenHash, UUID familyId, String username, Duration ttl) {
    families.add(familyId);
    tokens.put(tokenHash, new Stored(familyId, username, false));
  }

  @Override
  public Optional<Stored> find(String tokenHash) {
    return Optional.ofNullable(tokens.get(tokenHash));
  }

  @Override
  public boolean markUsed(String tokenHash) {
    Stored stored = tokens.get(tokenHash);
    if (stored.used()) {
      return false;
    }
    tokens.put(tokenHash, new Stored(stored.familyId(), stored.username(), true));
    return true;
  }

  @Override
  public boolean isFamilyRevoked(UUID familyId) {
    return !families.contains(familyId) || revoked.contains(familyId);
  }

  @Override
  public void revokeFamily(UUID familyId, Duration ttl) {
    revoked.add(familyId);
  }
}
