package io.productstore.common.domain;

/**
 * Where a request came from, as far as the edge can tell: the client's address, or {@link #LOCAL}
 * for a caller on a trusted proxy's own address that forwards nobody (an operator's tool, the load
 * generator, a test), to which no per-address brake applies.
 */
public record ClientAddress(String value) {

  /** A trusted proxy's own request, forwarding no client. */
  public static final ClientAddress LOCAL = new ClientAddress("");

  public boolean isLocal() {
    return value.isEmpty();
  }
}
