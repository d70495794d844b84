package io.productstore.common.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientMetricsTest {

  @Test
  void should_name_the_called_service_by_its_public_prefix_never_by_the_url() {
    assertThat(ClientMetrics.target("/api/products/reservations")).isEqualTo("product");
    assertThat(ClientMetrics.target("/order-api/orders/")).isEqualTo("order");
    assertThat(ClientMetrics.target("/cart-api/cart/checkout")).isEqualTo("cart");
    assertThat(ClientMetrics.target("/user-api/token")).isEqualTo("user");
    assertThat(ClientMetrics.target("/somewhere/else")).isEqualTo("other");
  }
}
