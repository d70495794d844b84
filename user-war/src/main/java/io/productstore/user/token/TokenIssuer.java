package io.productstore.user.token;

import com.ibm.websphere.security.jwt.InvalidBuilderException;
import com.ibm.websphere.security.jwt.InvalidClaimException;
import com.ibm.websphere.security.jwt.JwtBuilder;
import com.ibm.websphere.security.jwt.JwtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues RS256 access tokens with Liberty's {@code jwtBuilder} "storeTokens" (server.xml holds the
 * issuer and the signing key): {@code sub} = {@code upn} = username, {@code groups} = roles.
 */
@ApplicationScoped
public class TokenIssuer {

  private static final String BUILDER = "storeTokens";

  /** A signed access token and how long it lives, in seconds. */
  public record AccessToken(String value, long expiresIn) {}

  private Duration accessTtl;

  protected TokenIssuer() {}

  @Inject
  public TokenIssuer(@ConfigProperty(name = "user.token.access-ttl") Duration accessTtl) {
    this.accessTtl = accessTtl;
  }

  public AccessToken issue(String subject, Set<String> groups) {
    try {
      String jwt =
          JwtBuilder.create(BUILDER)
              .subject(subject)
              .claim("upn", subject)
              .claim("groups", List.copyOf(groups))
              .expirationTime(Instant.now().plus(accessTtl).getEpochSecond())
              .buildJwt()
              .compact();
      return new AccessToken(jwt, accessTtl.toSeconds());
    } catch (InvalidBuilderException | InvalidClaimException | JwtException e) {
      throw new IllegalStateException("Cannot sign an access token with builder " + BUILDER, e);
    }
  }
}
