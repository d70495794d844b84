package io.productstore.user.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public signing key as a JWKS, for verifiers that prefer it to the PEM file. */
@Path("/.well-known/jwks.json")
@ApplicationScoped
@Tag(name = "auth")
public class JwksResource {

  private Map<String, List<Map<String, String>>> jwks;

  protected JwksResource() {}

  @Inject
  public JwksResource(
      @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location) {
    this.jwks = Map.of("keys", location.map(JwksResource::jwk).stream().toList());
  }

  private static Map<String, String> jwk(String location) {
    RSAPublicKey key = readPem(location);
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return Map.of(
        "kid",
        keyId(key),
        "kty",
        "RSA",
        "use",
        "sig",
        "alg",
        "RS256",
        "n",
        b64.encodeToString(unsigned(key.getModulus())),
        "e",
        b64.encodeToString(unsigned(key.getPublicExponent())));
  }

  /**
   * The key id Liberty's jwtBuilder names in each token's header: the SHA-256 of the key's DER
   * encoding, so that a verifier picks this key by the token's {@code kid}.
   */
  static String keyId(RSAPublicKey key) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The public key(s) that sign the store's tokens")
  public Map<String, List<Map<String, String>>> jwks() {
    return jwks;
  }

  private static RSAPublicKey readPem(String location) {
    try (InputStream in = new URL(location).openStream()) {
      String pem =
          new String(in.readAllBytes(), StandardCharsets.US_ASCII)
              .replaceAll("-----[A-Z ]+-----", "")
              .replaceAll("\\s", "");
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA")
              .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the public key at " + location, e);
    }
  }

  /** JWK integers are unsigned big-endian: drop the sign byte BigInteger may add. */
  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }
}
