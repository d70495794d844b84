package io.productstore.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens made by the tests themselves: good ones signed with the test run's real signing key (for
 * services tested without the user service), and the bad ones every service must refuse.
 */
public final class TestTokens {

  public static final String ISSUER = "https://product-store.local/user-api";

  private TestTokens() {}

  /** A valid token for this subject and these groups, as the user service would issue it. */
  public static String valid(String subject, String... groups) {
    return sign(claims(subject, List.of(groups), Duration.ofMinutes(5)), signingKey());
  }

  /** The subject (username) a token names. */
  public static String subject(String token) {
    try {
      return com.nimbusds.jwt.JWTParser.parse(token).getJWTClaimsSet().getSubject();
    } catch (java.text.ParseException e) {
      throw new IllegalArgumentException("Not a JWT", e);
    }
  }

  public static String expired(String subject, String... groups) {
    return sign(claims(subject, List.of(groups), Duration.ofMinutes(-5)), signingKey());
  }

  public static String withoutGroups(String subject) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(claims(subject, List.of(), Duration.ofMinutes(5)))
            .claim("groups", null)
            .build();
    return sign(claims, signingKey());
  }

  /** Well formed and unexpired, but signed by a key the store never saw. */
  public static String signedByAnotherKey(String subject, String... groups) {
    try {
      PrivateKey foreign = new RSAKeyGenerator(2048).generate().toPrivateKey();
      return sign(claims(subject, List.of(groups), Duration.ofMinutes(5)), foreign);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signed with the real key, but valid only from ten minutes on ({@code nbf}). */
  public static String notYetValid(String subject, String... groups) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(claims(subject, List.of(groups), Duration.ofMinutes(30)))
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10))))
            .build();
    return sign(claims, signingKey());
  }

  /** Signed with the real key by someone claiming to be another issuer. */
  public static String fromAnotherIssuer(String subject, String... groups) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(claims(subject, List.of(groups), Duration.ofMinutes(5)))
            .issuer("https://evil.example/user-api")
            .build();
    return sign(claims, signingKey());
  }

  /**
   * The algorithm confusion attack: HS256 keyed with the store's public key (which anyone reads
   * from the JWKS), for a verifier that would take the header's word for the algorithm.
   */
  public static String hs256KeyedWithThePublicKey(String subject, String... groups) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.HS256).build(),
              claims(subject, List.of(groups), Duration.ofMinutes(5)));
      jwt.sign(new com.nimbusds.jose.crypto.MACSigner(publicKey().getEncoded()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String unsigned(String subject, String... groups) {
    return new PlainJWT(claims(subject, List.of(groups), Duration.ofMinutes(5))).serialize();
  }

  /** The same signature over a payload that claims more: the admin group added. */
  public static String withTamperedPayload(String token) {
    String[] parts = token.split("\\.");
    Base64.Decoder decoder = Base64.getUrlDecoder();
    String payload =
        new String(decoder.decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"groups\":[", "\"groups\":[\"admin\",");
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return parts[0] + "." + forged + "." + parts[2];
  }

  private static JWTClaimsSet claims(String subject, List<String> groups, Duration ttl) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(subject)
        .claim("upn", subject)
        .claim("groups", groups)
        .issueTime(Date.from(now.plus(ttl).minus(Duration.ofMinutes(10))))
        .expirationTime(Date.from(now.plus(ttl)))
        .jwtID(UUID.randomUUID().toString())
        .build();
  }

  private static String sign(JWTClaimsSet claims, PrivateKey key) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PrivateKey signingKey() {
    try {
      String password = Store.env("JWT_KEYSTORE_PASSWORD");
      return (PrivateKey) keyStore().getKey("jwt-signing", password.toCharArray());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the test signing key", e);
    }
  }

  private static java.security.PublicKey publicKey() {
    try {
      return keyStore().getCertificate("jwt-signing").getPublicKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the test signing key", e);
    }
  }

  private static KeyStore keyStore() {
    String password = Store.env("JWT_KEYSTORE_PASSWORD");
    try (FileInputStream in = new FileInputStream(Store.env("JWT_KEYSTORE"))) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the test signing key", e);
    }
  }
}
