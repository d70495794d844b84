package io.productstore.order;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.productstore.testing.Deployments;
import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** order-war alone in its own Liberty server (Arquillian), against the test Cassandra. */
@ExtendWith(ArquillianExtension.class)
class OrderServiceIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @BeforeEach
  void serverIsReady() {
    Store.awaitReady(Duration.ofSeconds(90));
  }

  @Test
  void should_answer_welcome_and_compatibility_health_with_cassandra_up() {
    Store.request().get("/order-api/").then().statusCode(200).body("service", equalTo("order"));
    Store.request().get("/order-api/health").then().statusCode(200).body("status", equalTo("ok"));
    Store.request().get("/health/ready").then().statusCode(200)
        .body("checks.name", hasItem("cassandra-store_orders"));
  }

  @Test
  void should_list_the_statuses_with_their_russian_labels_to_anyone() {
    Store.request().get("/order-api/orders/statuses/list").then().statusCode(200)
        .body("CREATED", equalTo("Создан"))
        .body("PROCESSING", equalTo("Обрабатывается"))
        .body("SHIPPING", equalTo("Доставляется"))
        .body("DELIVERED", equalTo("Доставлен"))
        .body("CANCELLED", equalTo("Отменен"));
  }

  @Test
  void should_answer_401_403_and_200_on_the_order_list_by_token() {
    Store.request().get("/order-api/orders/").then().statusCode(401);
    Store.as(TestTokens.valid("order-service", "service")).get("/order-api/orders/")
        .then().statusCode(403);
    Store.as(TestTokens.valid("order_it_user", "user")).get("/order-api/orders/")
        .then().statusCode(200).body("size()", equalTo(0));
  }
}
