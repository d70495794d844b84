package io.productstore.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.productstore.testing.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Orders survive the server: a restart in the middle of the lifecycle, and a kill -9 in the middle
 * of a stream of checkouts, end with every order delivered or every checkout whole (an order with
 * its stock and an empty cart, or no order, no stock taken and the cart intact), never twice. The
 * test server runs with short lifecycle delays (infra/bin/env.sh, profile test).
 */
@MicroShedTest
class OrderRecoveryIT {

  private static final List<String> LIFECYCLE =
      List.of("CREATED", "PROCESSING", "SHIPPING", "DELIVERED");

  private static String admin;

  @BeforeAll
  static void serverIsReady() {
    admin = Shop.readyAsAdmin();
  }

  @Test
  void should_deliver_every_order_once_after_a_restart_in_the_middle_of_the_lifecycle()
      throws Exception {
    String product = Shop.testProduct(admin, "Жизнь", "2.00", 100);
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String user = Shop.buyer("life" + i, product, 1);
      Store.as(user).post("/cart-api/cart/checkout").then().statusCode(200);
      users.add(user);
      Thread.sleep(700);
    }

    Servers.restart(Servers.STORE);

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              for (String user : users) {
                assertThat(Shop.ordersOf(user))
                    .singleElement()
                    .satisfies(order -> assertThat(order.get("status")).isEqualTo("DELIVERED"));
              }
            });
    for (String user : users) {
      assertDeliveredOnceInOrder(
          Store.as(user)
              .get("/order-api/orders/" + Shop.ordersOf(user).get(0).get("id"))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("status_history"));
    }
  }

  @Test
  void should_lose_and_duplicate_nothing_when_the_server_is_killed_during_checkouts()
      throws Exception {
    int initial = 1000;
    String product = Shop.testProduct(admin, "Авария", "4.00", initial);
    int buyers = 40;
    List<String> users = new ArrayList<>();
    for (int i = 0; i < buyers; i++) {
      String user = Shop.buyer("crash" + i, product, quantity(i));
      users.add(user);
    }

    Map<Integer, String> placed = new ConcurrentHashMap<>();
    AtomicInteger answered = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    for (int i = 0; i < buyers; i++) {
      int buyer = i;
      clients.submit(
          () -> {
            try {
              var answer = Shop.checkout(users.get(buyer), "crash-" + buyer);
              if (answer.statusCode() == 200) {
                placed.put(buyer, answer.path("id"));
              }
            } catch (RuntimeException connectionLost) {
              // the kill: this client saw no answer
            } finally {
              answered.incrementAndGet();
            }
          });
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> answered.get() >= 10);
    Servers.kill(Servers.STORE);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    assertThat(placed).as("checkouts answered before the kill").hasSizeLessThan(buyers);

    Servers.start(Servers.STORE);

    // Half the clients that saw no order retry with their key, as a client after a timeout does.
    for (int i = 0; i < buyers; i += 2) {
      if (!placed.containsKey(i)) {
        placed.put(i, retryUntilAnswered(users.get(i), "crash-" + i));
      }
    }

    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              int ordered = 0;
              for (int i = 0; i < buyers; i++) {
                List<Map<String, Object>> orders = Shop.ordersOf(users.get(i));
                assertThat(orders).as("orders of buyer " + i).hasSizeLessThanOrEqualTo(1);
                if (placed.containsKey(i)) {
                  assertThat(orders)
                      .as("buyer " + i + " was answered with an order")
                      .extracting(order -> order.get("id"))
                      .containsExactly(placed.get(i));
                }
                int inCart = Shop.inCart(users.get(i), product);
                assertThat(inCart)
                    .as("cart of buyer " + i)
                    .isEqualTo(orders.isEmpty() ? quantity(i) : 0);
                ordered += Shop.unitsOrdered(orders, product);
              }
              assertThat(Shop.stock(product) + ordered)
                  .as("stock + units in orders")
                  .isEqualTo(initial);
            });
  }

  private static int quantity(int buyer) {
    return 1 + buyer % 3;
  }

  private static String retryUntilAnswered(String user, String key) throws InterruptedException {
    Instant giveUp = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(giveUp)) {
      var answer = Shop.checkout(user, key);
      if (answer.statusCode() == 200) {
        return answer.path("id");
      }
      assertThat(answer.statusCode()).as("a retry answers 200 or 503").isEqualTo(503);
      Thread.sleep(1000);
    }
    throw new AssertionError("checkout " + key + " never answered after the restart");
  }

  private static void assertDeliveredOnceInOrder(List<Map<String, Object>> history) {
    assertThat(history)
        .extracting(change -> change.get("status"))
        .containsExactlyElementsOf(LIFECYCLE);
    List<Instant> times =
        history.stream().map(change -> Instant.parse((String) change.get("at"))).toList();
    assertThat(times).isSorted();
  }
}
