package io.productstore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.productstore.testing.Store;
import io.productstore.testing.Users;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The metrics contract: after real traffic through every service, /metrics carries the documented
 * metrics with their labels, route labels are templates (never ids), and every metric a Grafana
 * dashboard under infra/grafana queries exists.
 */
@MicroShedTest
class TelemetryContractIT {

  private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
  private static final Pattern SERIES =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})?\\s", Pattern.MULTILINE);

  private static final String TRACE_ID =
      java.util.HexFormat.of()
          .formatHex(
              java.nio.ByteBuffer.allocate(16)
                  .putLong(System.nanoTime())
                  .putLong(0x5eed5eed5eedL)
                  .array());

  private static String metrics;
  private static String orderId;

  @BeforeAll
  static void driveEveryService() {
    Store.awaitReady(Duration.ofSeconds(120));
    String admin = Shop.admin();
    String product =
        Shop.createProduct(
            admin, "Метрика " + System.nanoTime(), "Тесты", new BigDecimal("3.50"), 5);
    String user = Shop.newUser("metrics");
    Store.as(user).post("/cart-api/products/" + product + "/view").then().statusCode(200);
    Shop.addToCart(user, product, 1);
    orderId =
        Store.as(user)
            .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
            .post("/cart-api/cart/checkout")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    Store.as(user).post("/cart-api/cart/checkout").then().statusCode(400);
    Users.passwordGrant("swagger_user", "wrong password").statusCode(401);
    Store.request().get("/api/products/" + product).then().statusCode(200);
    metrics =
        Store.request()
            .accept("text/plain")
            .get("/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
  }

  @Test
  void should_expose_red_metrics_per_route_template_and_status_class() {
    assertThat(metrics)
        .contains("store_request_seconds_bucket{")
        .containsPattern(
            "store_request_seconds_count\\{[^}]*route=\"/cart-api/cart/checkout\"[^}]*status_class=\"2xx\"")
        .containsPattern(
            "store_request_seconds_count\\{[^}]*route=\"/cart-api/cart/checkout\"[^}]*status_class=\"4xx\"")
        .containsPattern(
            "store_request_seconds_count\\{[^}]*route=\"/api/products/\\{productId\\}\"");
    assertThat(metrics)
        .as("no id ever becomes a label")
        .doesNotContainPattern("route=\"[^\"]*[0-9a-f]{8}-[0-9a-f]{4}-");
  }

  @Test
  void should_expose_the_documented_business_metrics_with_their_labels() {
    assertThat(metrics)
        .containsPattern("cart_checkouts_total\\{[^}]*outcome=\"ok\"")
        .containsPattern("cart_checkouts_total\\{[^}]*outcome=\"empty\"")
        .contains(
            "cart_items_added_total", "cart_checkout_value_count", "cart_checkout_items_count")
        .containsPattern("order_transitions_total\\{[^}]*status=\"CREATED\"")
        .containsPattern("order_placements_total\\{[^}]*outcome=\"created\"")
        .containsPattern("product_reservations_total\\{[^}]*outcome=\"reserved\"")
        .contains("product_listing_read_seconds_count", "product_listing_read_seconds_max")
        .containsPattern("user_logins_total\\{[^}]*outcome=\"bad_password\"")
        .containsPattern(
            "cassandra_statement_seconds_bucket\\{[^}]*operation=\"insert_orders_by_id\"")
        .containsPattern(
            "store_client_request_seconds_bucket\\{[^}]*service=\"cart\"[^}]*target=\"order\"")
        .containsPattern(
            "store_client_request_seconds_bucket\\{[^}]*service=\"order\"[^}]*target=\"product\"")
        .containsPattern("cassandra_driver_requests\\{[^}]*keyspace=\"store_orders\"")
        .containsPattern("cassandra_driver_errors\\{[^}]*type=\"write_timeout\"")
        .contains("cassandra_driver_request_latency_seconds", "cassandra_driver_in_flight")
        .containsPattern(
            "store_background_run_seconds_count\\{[^}]*outcome=\"ok\"[^}]*task=\"order_lifecycle\"")
        .containsPattern(
            "store_background_run_seconds_count\\{[^}]*outcome=\"ok\"[^}]*task=\"checkout_recovery\"");
  }

  @Test
  void should_trace_one_checkout_as_one_trace_through_cart_order_and_product() {
    Path log =
        Path.of(
            System.getProperty("wlp.home"), "usr/servers/" + Servers.STORE + "/logs/messages.log");
    Pattern span =
        Pattern.compile("'([A-Z]+ [^']*)' : " + TRACE_ID + " [0-9a-f]{16} (SERVER|CLIENT)");
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              Set<String> spans = new TreeSet<>();
              Matcher found = span.matcher(Files.readString(log).replace("\\/", "/"));
              while (found.find()) {
                spans.add(found.group(2) + " " + found.group(1));
              }
              assertThat(spans)
                  .contains(
                      "SERVER POST /cart-api/cart/checkout",
                      "SERVER POST /order-api/orders",
                      "SERVER POST /api/products/reservations");
            });
  }

  @Test
  void should_link_the_background_lifecycle_steps_to_the_checkout_trace() {
    Path log =
        Path.of(
            System.getProperty("wlp.home"), "usr/servers/" + Servers.STORE + "/logs/messages.log");
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(Files.readString(log))
                    .containsPattern(
                        "'order lifecycle CREATED' : [0-9a-f]{32} [0-9a-f]{16} INTERNAL[^\\n]*store.checkout_trace_id="
                            + TRACE_ID));
  }

  @Test
  void should_put_the_trace_id_on_the_log_lines_of_a_request() throws IOException {
    Path log =
        Path.of(
            System.getProperty("wlp.home"), "usr/servers/" + Servers.STORE + "/logs/messages.log");
    String placed =
        Files.readAllLines(log).stream()
            .filter(line -> line.contains("Order " + orderId + " placed"))
            .findFirst()
            .orElseThrow();
    assertThat(placed)
        .contains("\"ext_traceId\":\"" + TRACE_ID + "\"")
        .contains("\"ext_spanId\":\"");
  }

  @Test
  void should_emit_every_metric_the_dashboards_query() throws IOException {
    Set<String> emitted = new TreeSet<>();
    Matcher series = SERIES.matcher(metrics);
    while (series.find()) {
      emitted.add(series.group(1));
    }
    Set<String> queried = new TreeSet<>();
    Path dashboards =
        Path.of(System.getProperty("store.root", "..")).resolve("infra/grafana/dashboards");
    try (Stream<Path> files = Files.list(dashboards)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        Matcher selector = SELECTOR.matcher(Files.readString(file));
        while (selector.find()) {
          queried.add(selector.group(1));
        }
      }
    }
    assertThat(queried).as("metrics the dashboards query").isNotEmpty();
    assertThat(emitted).as("metrics the running services emit").containsAll(queried);
  }
}
