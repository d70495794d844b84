package io.productstore.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.productstore.testing.Store;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The deployed shape's front door: the project's nginx configuration (infra/nginx), which ./store
 * test puts before the all-in-one test server. What nginx refuses itself is problem+json too, it
 * names no server, and it closes the two gaps the container leaves (a NUL byte in the path, an
 * encoded traversal out of the context root) before they reach Liberty.
 */
@MicroShedTest
class EdgeProxyIT {

  @BeforeAll
  static void serverIsReady() {
    Store.awaitReady(Duration.ofSeconds(120));
  }

  private static RequestSpecification edge() {
    return Store.request()
        .baseUri("http://127.0.0.1")
        .port(Integer.parseInt(Store.env("EDGE_HTTP_PORT")))
        .urlEncodingEnabled(false);
  }

  private static ValidatableResponse problem(ValidatableResponse answer, int status) {
    return answer
        .statusCode(status)
        .contentType("application/problem+json")
        .header("X-Content-Type-Options", "nosniff")
        .header("Server", nullValue())
        .body("status", equalTo(status))
        .body(not(containsString("CWW")))
        .body(not(containsString("nginx")));
  }

  @Test
  void should_route_the_public_prefixes_to_the_services_naming_no_server() {
    edge()
        .get("/api/")
        .then()
        .statusCode(200)
        .header("Server", nullValue())
        .header("X-Content-Type-Options", "nosniff")
        .body("service", equalTo("product"));
    edge().get("/user-api/.well-known/jwks.json").then().statusCode(200);
    String user = Shop.newUser("edge");
    edge()
        .header("Authorization", "Bearer " + user)
        .get("/cart-api/cart/")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/api/products/%00", "/api/..%2F..%2Fetc%2Fpasswd", "/cart-api/%2e%2e/%00"})
  void should_answer_what_the_container_cannot_with_400_problem(String path) {
    problem(edge().get(path).then(), 400);
  }

  @Test
  void should_answer_an_unknown_prefix_with_404_problem() {
    problem(edge().get("/admin/").then(), 404);
    problem(edge().get("/").then(), 404);
  }

  @Test
  void should_cut_off_a_body_over_a_megabyte_and_a_header_over_8_kb() {
    problem(
        edge()
            .contentType(ContentType.JSON)
            .body("{\"username\":\"" + "x".repeat(2 << 20) + "\"}")
            .post("/user-api/users/register")
            .then(),
        413);
    problem(edge().header("X-Padding", "p".repeat(9000)).get("/api/").then(), 431);
  }

  @Test
  void should_pass_the_services_own_refusals_through_unchanged() {
    edge()
        .get("/cart-api/cart/")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"));
    edge()
        .get("/api/products/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("Product not found"));
  }
}
