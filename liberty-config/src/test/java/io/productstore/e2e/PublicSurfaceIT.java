package io.productstore.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import io.productstore.testing.Store;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microshed.testing.jupiter.MicroShedTest;

/** What an operator and the old clients see of the all-in-one server before logging in. */
@MicroShedTest
class PublicSurfaceIT {

  @BeforeAll
  static void serverIsReady() {
    Store.awaitReady(Duration.ofSeconds(120));
  }

  @ParameterizedTest
  @CsvSource({
    "/api/system/health,product",
    "/cart-api/health,cart",
    "/order-api/health,order",
    "/user-api/health,user"
  })
  void should_answer_each_compatibility_health_route_with_ok(String path, String service) {
    Store.request()
        .get(path)
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"))
        .body("service", equalTo(service))
        .body("cassandra", equalTo("up"));
  }

  @ParameterizedTest
  @CsvSource({"/api/,product", "/cart-api/,cart", "/order-api/,order", "/user-api/,user"})
  void should_welcome_on_each_prefix(String path, String service) {
    Store.request()
        .get(path)
        .then()
        .statusCode(200)
        .body("service", equalTo(service))
        .body("message", containsString("Welcome"));
  }

  @Test
  void should_be_ready_with_a_cassandra_check_per_keyspace() {
    Store.request()
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.name",
            hasItems(
                "cassandra-store_products",
                "cassandra-store_carts",
                "cassandra-store_orders",
                "cassandra-store_users"));
    Store.request().get("/health/live").then().statusCode(200);
  }

  @Test
  void should_serve_one_openapi_document_for_the_four_services_and_its_ui() {
    Store.request()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("paths", hasKey("/api/products/{productId}"))
        .body("paths", hasKey("/cart-api/cart"))
        .body("paths", hasKey("/order-api/orders/statuses/list"))
        .body("paths", hasKey("/user-api/token"));
    Store.request().get("/openapi/ui/").then().statusCode(200);
  }

  @Test
  void should_expose_prometheus_metrics_without_credentials() {
    Store.request().get("/api/system/health").then().statusCode(200);
    Store.request()
        .get("/metrics")
        .then()
        .statusCode(200)
        .contentType(containsString("text/plain"))
        .body(containsString("# TYPE "))
        .body(containsString("jvm_uptime_seconds"));
  }

  @Test
  void should_reach_the_admin_center_login_over_https_and_accept_only_the_configured_admin() {
    given()
        .relaxedHTTPSValidation()
        .redirects()
        .follow(false)
        .get(Store.httpsUrl() + "/adminCenter/")
        .then()
        .statusCode(302)
        .header("Location", containsString("login"));
    given()
        .relaxedHTTPSValidation()
        .get(Store.httpsUrl() + "/adminCenter/login.jsp")
        .then()
        .statusCode(200);

    given()
        .relaxedHTTPSValidation()
        .auth()
        .preemptive()
        .basic(Store.env("ADMIN_USER"), Store.env("ADMIN_PASSWORD"))
        .get(Store.httpsUrl() + "/IBMJMXConnectorREST/")
        .then()
        .statusCode(200);
    given()
        .relaxedHTTPSValidation()
        .auth()
        .preemptive()
        .basic(Store.env("ADMIN_USER"), "not-the-password")
        .get(Store.httpsUrl() + "/IBMJMXConnectorREST/")
        .then()
        .statusCode(401);
  }

  @Test
  void should_answer_unknown_paths_with_404_problem() {
    Store.request()
        .get("/api/no/such/thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }
}
