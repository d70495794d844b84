package io.productstore.user.domain;

import io.productstore.common.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The services allowed the OAuth2 client-credentials grant. Each has a secret in configuration
 * ({@code store.client-secret.<id>}, from the environment); one without a secret cannot log in.
 */
@ApplicationScoped
public class ServiceClients {

  static final String BAD_CLIENT = "Unknown client or wrong client secret";

  private List<String> clients;
  private Config config;

  protected ServiceClients() {}

  @Inject
  public ServiceClients(
      @ConfigProperty(name = "user.service-clients") List<String> clients, Config config) {
    this.clients = clients;
    this.config = config;
  }

  /** The subject of a service token for this client: {@code <id>-service}. */
  public String authenticate(String clientId, String secret) {
    Optional<String> expected =
        clients.contains(clientId)
            ? config.getOptionalValue("store.client-secret." + clientId, String.class)
            : Optional.empty();
    boolean matches =
        expected.isPresent()
            && secret != null
            && MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    if (!matches) {
      throw DomainException.unauthenticated(BAD_CLIENT);
    }
    return clientId + "-service";
  }
}
