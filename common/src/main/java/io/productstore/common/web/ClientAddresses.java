package io.productstore.common.web;

import io.productstore.common.domain.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address of a request: the peer's, unless the peer is a trusted proxy; then the
 * rightmost {@code X-Forwarded-For} entry that is not a trusted proxy, since every proxy appends
 * the address it saw and only what trusted proxies appended can be believed (what a client sends
 * itself is further left). A trusted proxy forwarding nobody is {@link ClientAddress#LOCAL}.
 */
@ApplicationScoped
public class ClientAddresses {

  /** An IPv4 or IPv6 literal; anything else in the header is never looked up, only bucketed. */
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  static final ClientAddress UNPARSEABLE = new ClientAddress("unparseable");

  private Set<String> trustedProxies;

  protected ClientAddresses() {}

  @Inject
  public ClientAddresses(
      @ConfigProperty(
              name = "store.trusted-proxies",
              defaultValue = "127.0.0.1,::1,0:0:0:0:0:0:0:1")
          Set<String> trustedProxies) {
    this.trustedProxies = Set.copyOf(trustedProxies);
  }

  public ClientAddress of(HttpServletRequest request) {
    List<String> forwarded = new ArrayList<>();
    for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
      for (String entry : header.split(",")) {
        forwarded.add(entry.trim());
      }
    }
    return resolve(request.getRemoteAddr(), forwarded);
  }

  ClientAddress resolve(String peer, List<String> forwardedFor) {
    if (!trustedProxies.contains(peer)) {
      return new ClientAddress(peer);
    }
    for (int i = forwardedFor.size() - 1; i >= 0; i--) {
      String hop = forwardedFor.get(i);
      if (hop.isEmpty() || trustedProxies.contains(hop)) {
        continue;
      }
      return LITERAL.matcher(hop).matches() ? new ClientAddress(hop) : UNPARSEABLE;
    }
    return ClientAddress.LOCAL;
  }
}
