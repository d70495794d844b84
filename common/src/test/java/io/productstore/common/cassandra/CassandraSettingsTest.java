package io.productstore.common.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CassandraSettingsTest {

  private static CassandraSettings settings(String contactPoints, String keyspace) {
    return new CassandraSettings(
        contactPoints,
        "datacenter1",
        keyspace,
        "{}",
        Duration.ofSeconds(2),
        Duration.ofSeconds(20),
        Duration.ofMillis(250),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void should_parse_contact_points_with_and_without_port() {
    assertThat(settings("127.0.0.1:19042, 127.0.0.2", "store_products").contactPoints())
        .containsExactly(
            new InetSocketAddress("127.0.0.1", 19042), new InetSocketAddress("127.0.0.2", 9042));
  }

  @Test
  void should_refuse_a_keyspace_name_that_is_not_a_plain_identifier() {
    assertThatThrownBy(() -> settings("127.0.0.1", "store; DROP KEYSPACE x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
