package io.productstore.order.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.productstore.common.web.JsonConfig;
import io.productstore.order.domain.OrderItem;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order service's reservation records spell what the catalog's API reads and answers. */
class ContractTest {

  private static final UUID ORDER = UUID.fromString("0b7e9a4a-56d1-3d1c-9e1a-8f2f4d9c0c11");
  private static final UUID MILK = UUID.fromString("5f0c3c4e-8a55-4d8e-9a43-1b7a3f0e0a01");

  @Test
  void should_ask_the_catalog_for_the_order_id_and_the_quantities() {
    ReservationApi.Request request =
        ReservationApi.Request.of(ORDER, List.of(OrderItem.requested(MILK, 3)));

    assertThat(JsonConfig.JSONB.toJson(request))
        .isEqualTo(
            "{\"items\":[{\"product_id\":\""
                + MILK
                + "\",\"quantity\":3}],\"order_id\":\""
                + ORDER
                + "\"}");
  }

  @Test
  void should_read_the_reserved_items_at_the_catalogs_names_and_prices() {
    ReservationApi.Result result =
        JsonConfig.JSONB.fromJson(
            "{\"order_id\":\""
                + ORDER
                + "\",\"items\":"
                + "[{\"product_id\":\""
                + MILK
                + "\",\"name\":\"Milk\",\"price\":1.50,\"quantity\":3}]}",
            ReservationApi.Result.class);

    assertThat(result.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.name()).isEqualTo("Milk");
              assertThat(item.total()).isEqualByComparingTo("4.50");
            });
  }
}
