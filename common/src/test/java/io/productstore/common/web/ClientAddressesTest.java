package io.productstore.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.productstore.common.domain.ClientAddress;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private final ClientAddresses addresses = new ClientAddresses(Set.of("127.0.0.1", "10.1.0.5"));

  @Test
  void should_take_the_peer_when_it_is_no_trusted_proxy_whatever_it_forwards() {
    assertThat(addresses.resolve("198.51.100.7", List.of("203.0.113.1")))
        .isEqualTo(new ClientAddress("198.51.100.7"));
  }

  @Test
  void should_take_the_address_the_trusted_proxy_appended_not_what_the_client_claimed() {
    // The client sent "X-Forwarded-For: 203.0.113.1"; nginx appended the address it saw.
    assertThat(addresses.resolve("127.0.0.1", List.of("203.0.113.1", "198.51.100.7")))
        .isEqualTo(new ClientAddress("198.51.100.7"));
  }

  @Test
  void should_skip_every_trusted_hop_of_a_chain_of_proxies() {
    assertThat(addresses.resolve("127.0.0.1", List.of("198.51.100.7", "10.1.0.5", "")))
        .isEqualTo(new ClientAddress("198.51.100.7"));
  }

  @Test
  void should_call_a_trusted_proxy_forwarding_nobody_local() {
    assertThat(addresses.resolve("127.0.0.1", List.of())).isEqualTo(ClientAddress.LOCAL);
    assertThat(addresses.resolve("127.0.0.1", List.of("10.1.0.5")).isLocal()).isTrue();
  }

  @Test
  void should_put_every_forwarded_entry_that_is_no_address_in_one_bucket() {
    assertThat(addresses.resolve("127.0.0.1", List.of("evil.example.com")))
        .isEqualTo(ClientAddresses.UNPARSEABLE);
    assertThat(addresses.resolve("127.0.0.1", List.of("x".repeat(5000))))
        .isEqualTo(ClientAddresses.UNPARSEABLE);
  }
}
