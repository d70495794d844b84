package io.productstore.cart.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.productstore.cart.domain.CatalogProduct;
import io.productstore.cart.domain.PlacedOrder;
import io.productstore.common.web.JsonConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cart's records read and write what the order and product services' APIs spell (API.md). */
class ContractTest {

  private static final UUID MILK = UUID.fromString("5f0c3c4e-8a55-4d8e-9a43-1b7a3f0e0a01");

  /** An Order as the order service answers it (API.md §7). */
  private static final String ORDER =
      "{\"created_at\":\"2026-12-01T10:00:00.120Z\",\"id\":\"0b7e9a4a-56d1-3d1c-9e1a-8f2f4d9c0c11\","
          + "\"items\":[{\"name\":\"Milk\",\"price\":1.50,\"product_id\":\""
          + MILK
          + "\","
          + "\"quantity\":2}],\"status\":\"CREATED\",\"status_history\":[{\"at\":"
          + "\"2026-12-01T10:00:00.120Z\",\"status\":\"CREATED\"}],\"total\":3.00,"
          + "\"updated_at\":\"2026-12-01T10:00:00.120Z\",\"user_id\":\"anna\"}";

  @Test
  void should_send_the_order_service_items_and_a_buyer_only_when_there_is_one() {
    Map<UUID, Integer> lines = new LinkedHashMap<>();
    lines.put(MILK, 2);

    assertThat(JsonConfig.JSONB.toJson(OrderApi.Placement.of(lines, "anna")))
        .isEqualTo(
            "{\"items\":[{\"product_id\":\"" + MILK + "\",\"quantity\":2}],\"user_id\":\"anna\"}");
    assertThat(JsonConfig.JSONB.toJson(OrderApi.Placement.of(lines, null)))
        .doesNotContain("user_id");
  }

  @Test
  void should_pass_the_placed_order_on_exactly_as_the_order_service_wrote_it() {
    PlacedOrder order = JsonConfig.JSONB.fromJson(ORDER, PlacedOrder.class);

    assertThat(order.total()).isEqualByComparingTo("3.00");
    assertThat(order.items())
        .singleElement()
        .satisfies(item -> assertThat(item.productId()).isEqualTo(MILK));
    assertThat(JsonConfig.JSONB.toJson(order)).isEqualTo(ORDER);
  }

  @Test
  void should_read_a_product_and_a_catalog_page_ignoring_fields_it_does_not_use() {
    CatalogProduct product =
        JsonConfig.JSONB.fromJson(
            "{\"product_id\":\""
                + MILK
                + "\",\"name\":\"Milk\","
                + "\"category\":\"Dairy\",\"price\":1.50,\"stock_count\":7,\"description\":\"fresh\"}",
            CatalogProduct.class);
    ProductApi.Listing page =
        JsonConfig.JSONB.fromJson(
            "{\"items\":[{\"product_id\":\""
                + MILK
                + "\",\"name\":\"Milk\",\"category\":\"Dairy\",\"price\":1.50}],\"total\":1,\"page\":1}",
            ProductApi.Listing.class);

    assertThat(product.stockCount()).isEqualTo(7);
    assertThat(page.items())
        .singleElement()
        .satisfies(item -> assertThat(item.category()).isEqualTo("Dairy"));
    assertThat(JsonConfig.JSONB.toJson(page.items().get(0)))
        .isEqualTo(
            "{\"category\":\"Dairy\",\"name\":\"Milk\",\"price\":1.50,\"product_id\":\""
                + MILK
                + "\"}");
  }
}
