package io.productstore.user.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Where refresh tokens are kept: only their hashes, grouped in rotation families. */
public interface RefreshTokenStore {

  /** A stored refresh token: whose, which family, and whether it was already exchanged. */
  record Stored(UUID familyId, String username, boolean used) {}

  void save(String tokenHash, UUID familyId, String username, Duration ttl);

  Optional<Stored> find(String tokenHash);

  /** Marks the token used; false when it already was (a replay). */
  boolean markUsed(String tokenHash);

  boolean isFamilyRevoked(UUID familyId);

  void revokeFamily(UUID familyId, Duration ttl);
}
