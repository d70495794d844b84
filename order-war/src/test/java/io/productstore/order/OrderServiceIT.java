package io.productstore.order;

import static org.hamcrest.Matchers.equalTo;

import io.productstore.testing.DeployedWarTest;
import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** order-war alone in its own Liberty server (Arquillian), against the test Cassandra. */
class OrderServiceIT extends DeployedWarTest {

  @Test
  void should_list_the_statuses_with_their_russian_labels_to_anyone() {
    Store.request()
        .get("/order-api/orders/statuses/list")
        .then()
        .statusCode(200)
        .body("CREATED", equalTo("Создан"))
        .body("PROCESSING", equalTo("Обрабатывается"))
        .body("SHIPPING", equalTo("Доставляется"))
        .body("DELIVERED", equalTo("Доставлен"))
        .body("CANCELLED", equalTo("Отменен"));
  }

  @Test
  void should_answer_401_403_and_200_on_the_order_list_by_token() {
    Store.request().get("/order-api/orders/").then().statusCode(401);
    Store.as(TestTokens.valid("order-service", "service"))
        .get("/order-api/orders/")
        .then()
        .statusCode(403);
    Store.as(TestTokens.valid("order_it_user", "user"))
        .get("/order-api/orders/")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }
}
