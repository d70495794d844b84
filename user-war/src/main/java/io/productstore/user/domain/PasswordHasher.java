package io.productstore.user.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 with a random 16-byte salt per password, stored as {@code
 * pbkdf2-sha256$iterations$salt$hash}; the work factor is configuration and travels with each hash,
 * so raising it never locks out old accounts.
 */
@ApplicationScoped
public class PasswordHasher {

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private int iterations;
  private String decoy;

  protected PasswordHasher() {}

  @Inject
  public PasswordHasher(@ConfigProperty(name = "user.password.iterations") int iterations) {
    this.iterations = iterations;
    this.decoy = hash("decoy password for unknown users");
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return String.join(
        "$",
        SCHEME,
        Integer.toString(iterations),
        b64.encodeToString(salt),
        b64.encodeToString(derive(password, salt, iterations)));
  }

  /** Constant-time check of a password against a stored hash. */
  public boolean matches(String password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * Spends the same time as a real check, so an unknown username is not told apart by timing;
   * always false.
   */
  public boolean matchDecoy(String password) {
    matches(password, decoy);
    return false;
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
