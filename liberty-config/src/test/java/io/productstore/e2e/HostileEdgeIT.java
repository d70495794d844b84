package io.productstore.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.SocketException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The edge of the all-in-one server under hostile input: what the container, the MP-JWT layer and
 * the JSON reader answer on their own is a 4xx problem+json without a server message id or a class
 * name, the answer's headers fit an API, and the server still answers afterwards.
 */
@MicroShedTest
class HostileEdgeIT {

  @BeforeAll
  static void serverIsReady() {
    Store.awaitReady(Duration.ofSeconds(120));
  }

  /** A 4xx problem+json that names nothing of the server's insides. */
  private static ValidatableResponse problem(ValidatableResponse answer, int status) {
    return answer
        .statusCode(status)
        .contentType("application/problem+json")
        .header("X-Content-Type-Options", "nosniff")
        .body("status", equalTo(status))
        .body(not(containsString("CWW")))
        .body(not(containsString("Exception")))
        .body(not(containsString("com.ibm")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/products/..%2F..%2Fetc%2Fpasswd",
        "/cart-api/cart/items/%2e%2e%2F%2e%2e%2Fadmin"
      })
  void should_answer_an_encoded_traversal_in_the_path_with_400_problem(String path) {
    problem(Store.request().urlEncodingEnabled(false).get(path).then(), 400);
    Store.request().get("/health/ready").then().statusCode(200);
  }

  @Test
  void should_refuse_a_nul_byte_in_the_path_with_400_and_no_stack_trace() {
    // Liberty rejects the URI before any application sees it (WebContainer.sendBadRequestResponse),
    // with its own one-line page; docs/security.md says so.
    Store.request()
        .urlEncodingEnabled(false)
        .get("/api/products/%00")
        .then()
        .statusCode(400)
        .body(not(containsString("Exception")))
        .body(not(containsString("at com.")));
    Store.request().get("/health/ready").then().statusCode(200);
  }

  @Test
  void should_answer_a_call_without_a_token_with_401_problem_and_no_error_code() {
    problem(Store.request().get("/cart-api/cart").then(), 401)
        .header("WWW-Authenticate", containsString("Bearer"))
        .header("WWW-Authenticate", not(containsString("error=")));
    problem(Store.request().get("/api/admin/faults").then(), 401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "forged", "expired", "unsigned"})
  void should_answer_a_rejected_token_with_401_problem_naming_invalid_token(String kind) {
    String token =
        switch (kind) {
          case "forged" -> TestTokens.signedByAnotherKey("mallory", "admin");
          case "expired" -> TestTokens.expired("mallory", "user");
          case "unsigned" -> TestTokens.unsigned("mallory", "admin");
          default -> "abc.def.ghi";
        };
    problem(Store.as(token).get("/cart-api/cart").then(), 401)
        .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
  }

  @Test
  void should_refuse_a_body_nested_thousands_deep_with_400_and_change_nothing() {
    String admin = Shop.admin();
    String product = Shop.testProduct(admin, "Глубина", "4.00", 3);
    problem(
        Store.as(admin)
            .contentType(ContentType.JSON)
            .body("[".repeat(5000) + "]".repeat(5000))
            .put("/api/products/" + product)
            .then(),
        400);
    problem(
        Store.as(admin)
            .contentType(ContentType.JSON)
            .body("{\"price\":".repeat(3000) + "1" + "}".repeat(3000))
            .put("/api/products/" + product)
            .then(),
        400);
    Store.request()
        .get("/api/products/" + product)
        .then()
        .statusCode(200)
        .body("price", equalTo(4.0f));
  }

  @Test
  void should_cut_off_a_body_over_a_megabyte_at_the_server_itself() {
    try {
      int status =
          Store.request()
              .contentType(ContentType.JSON)
              .body("{\"username\":\"" + "x".repeat(2 << 20) + "\"}")
              .post("/user-api/users/register")
              .then()
              .extract()
              .statusCode();
      assertThat(status).isBetween(400, 499);
    } catch (Exception e) { // RestAssured throws the socket's checked exceptions unchecked
      // The server may answer 413 and close the connection while the body is still being sent:
      // the client then sees a broken pipe instead of the answer, which is a cut-off too.
      assertThat(e).isInstanceOf(SocketException.class);
    }
    Store.request().get("/health/ready").then().statusCode(200);
  }

  @Test
  void should_keep_answers_to_a_token_out_of_caches_and_name_no_server() {
    String user = Shop.newUser("edge");
    Store.as(user)
        .get("/cart-api/cart")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header("Server", nullValue());
    Store.request()
        .get("/api/")
        .then()
        .statusCode(200)
        .header("Cache-Control", nullValue())
        .header("X-Content-Type-Options", "nosniff")
        .header("Strict-Transport-Security", nullValue());
    given()
        .relaxedHTTPSValidation()
        .get(Store.httpsUrl() + "/api/")
        .then()
        .statusCode(200)
        .header("Strict-Transport-Security", containsString("max-age="));
  }

  @Test
  void should_count_requests_the_container_rejected_in_the_request_metrics() {
    Store.request()
        .urlEncodingEnabled(false)
        .get("/api/products/..%2F..%2Fetc")
        .then()
        .statusCode(400);
    Store.request().get("/cart-api/cart").then().statusCode(401);
    Store.as("abc.def.ghi").get("/cart-api/cart").then().statusCode(401);
    String metrics = Store.request().get("/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .containsPattern(
            "store_request_seconds_count\\{[^}]*route=\"unrouted\"[^}]*status_class=\"4xx\"")
        .containsPattern(
            "store_request_seconds_count\\{[^}]*route=\"/cart-api/cart\"[^}]*status_class=\"4xx\"");
  }

  @Test
  void should_let_only_the_configured_web_origin_call_from_a_browser() {
    // ./store test allows https://shop.example.test (CORS_ORIGINS); by default none is allowed.
    Store.request()
        .header("Origin", "https://shop.example.test")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type")
        .options("/cart-api/cart/items")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "https://shop.example.test")
        .header("Access-Control-Allow-Methods", containsString("POST"))
        .header("Access-Control-Allow-Credentials", nullValue());
    Store.request()
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "DELETE")
        .options("/api/products/00000000-0000-0000-0000-000000000000")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
    Store.request()
        .header("Origin", "https://shop.example.test")
        .get("/api/")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "https://shop.example.test");
    Store.request()
        .header("Origin", "https://evil.example")
        .get("/api/")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void should_cut_off_a_client_that_stops_sending_mid_request() throws Exception {
    long started = System.nanoTime();
    try (java.net.Socket slow =
        new java.net.Socket(
            java.net.URI.create(io.restassured.RestAssured.baseURI).getHost(),
            io.restassured.RestAssured.port)) {
      slow.setSoTimeout(60_000);
      // Headers begun, never ended: the server's read timeout (20 s) must close the connection.
      slow.getOutputStream()
          .write(
              "POST /user-api/token HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n"
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      slow.getOutputStream().flush();
      byte[] answer = slow.getInputStream().readAllBytes();
      assertThat(new String(answer, java.nio.charset.StandardCharsets.ISO_8859_1))
          .doesNotContain("Exception");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(45));
    Store.request().get("/health/ready").then().statusCode(200);
  }
}
