package io.productstore.user.domain;

import io.productstore.common.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rotating refresh tokens. Each exchange retires the token and hands out the next one of the same
 * family; presenting a retired token again means it was copied, so the whole family is revoked.
 * Only SHA-256 hashes are stored, so a database dump holds no usable token.
 */
@ApplicationScoped
public class RefreshTokens {

  static final String INVALID = "Invalid or expired refresh token";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The account a refresh token belonged to, and the token that replaces it. */
  public record Rotation(String username, String next) {}

  private RefreshTokenStore store;
  private Duration ttl;

  protected RefreshTokens() {}

  @Inject
  public RefreshTokens(
      RefreshTokenStore store, @ConfigProperty(name = "user.token.refresh-ttl") Duration ttl) {
    this.store = store;
    this.ttl = ttl;
  }

  /** The first refresh token of a new family, at login. */
  public String issue(String username) {
    return next(UUID.randomUUID(), username);
  }

  public Rotation rotate(String token) {
    String hash = hash(token);
    RefreshTokenStore.Stored stored =
        store.find(hash).orElseThrow(() -> DomainException.unauthenticated(INVALID));
    if (!store.markUsed(hash)) {
      store.revokeFamily(stored.familyId(), ttl);
      throw DomainException.unauthenticated(INVALID);
    }
    if (store.isFamilyRevoked(stored.familyId())) {
      throw DomainException.unauthenticated(INVALID);
    }
    return new Rotation(stored.username(), next(stored.familyId(), stored.username()));
  }

  /** Revokes the token's whole family; unknown tokens are ignored (logout is idempotent). */
  public void revoke(String token) {
    store.find(hash(token)).ifPresent(stored -> store.revokeFamily(stored.familyId(), ttl));
  }

  private String next(UUID familyId, String username) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    store.save(hash(token), familyId, username, ttl);
    return token;
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
