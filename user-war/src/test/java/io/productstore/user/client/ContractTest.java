package io.productstore.user.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.productstore.common.web.JsonConfig;
import io.productstore.user.domain.CartSummary;
import io.productstore.user.domain.OrderSummary;
import io.productstore.user.domain.PlacedOrder;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The user service's records read what the cart and order services answer, and pass it on
 * unchanged.
 */
class ContractTest {

  private static final String CART =
      "{\"items\":[{\"id\":\"9d2f1c3a-1f5e-4b7a-8c9d-0e1f2a3b4c5d\",\"name\":\"Milk\",\"price\":1.50,"
          + "\"product_id\":\"5f0c3c4e-8a55-4d8e-9a43-1b7a3f0e0a01\",\"quantity\":2,\"total_price\":3.00}],"
          + "\"total\":3.00,\"username\":\"anna\"}";
  private static final String ORDER =
      "{\"created_at\":\"2026-12-01T10:00:00Z\",\"id\":\"0b7e9a4a-56d1-3d1c-9e1a-8f2f4d9c0c11\","
          + "\"items\":[{\"name\":\"Milk\",\"price\":1.50,\"product_id\":\"5f0c3c4e-8a55-4d8e-9a43-1b7a3f0e0a01\","
          + "\"quantity\":2}],\"status\":\"CREATED\",\"status_history\":[{\"at\":\"2026-12-01T10:00:00Z\","
          + "\"status\":\"CREATED\"}],\"total\":3.00,\"updated_at\":\"2026-12-01T10:00:00Z\",\"user_id\":\"anna\"}";

  @Test
  void should_pass_the_cart_and_the_checked_out_order_on_unchanged() {
    assertThat(JsonConfig.JSONB.toJson(JsonConfig.JSONB.fromJson(CART, CartSummary.class)))
        .isEqualTo(CART);
    assertThat(JsonConfig.JSONB.toJson(JsonConfig.JSONB.fromJson(ORDER, PlacedOrder.class)))
        .isEqualTo(ORDER);
  }

  @Test
  void should_read_an_order_list_as_summaries_of_id_status_total_and_created_at() {
    Type listOfSummaries = new ArrayList<OrderSummary>() {}.getClass().getGenericSuperclass();
    List<OrderSummary> summaries = JsonConfig.JSONB.fromJson("[" + ORDER + "]", listOfSummaries);

    assertThat(JsonConfig.JSONB.toJson(summaries.get(0)))
        .isEqualTo(
            "{\"created_at\":\"2026-12-01T10:00:00Z\",\"id\":\"0b7e9a4a-56d1-3d1c-9e1a-8f2f4d9c0c11\","
                + "\"status\":\"CREATED\",\"total\":3.00}");
  }
}
