package io.productstore.e2e;

import static org.hamcrest.Matchers.equalTo;

import io.productstore.testing.Store;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** What is stored survives a restart of the server: nothing lives only in its memory. */
@MicroShedTest
class RestartIT {

  @BeforeAll
  static void serverIsReady() {
    Store.awaitReady(Duration.ofSeconds(120));
  }

  @Test
  void should_keep_accounts_and_their_refresh_tokens_across_a_server_restart() throws Exception {
    String name = "durable_" + System.nanoTime();
    Store.request()
        .contentType(ContentType.JSON)
        .body(Map.of("username", name, "full_name", "Долговечный", "password", "survives restarts"))
        .post("/user-api/users/register")
        .then()
        .statusCode(200);
    String refreshToken =
        Store.request()
            .formParam("username", name)
            .formParam("password", "survives restarts")
            .post("/user-api/token")
            .then()
            .statusCode(200)
            .extract()
            .path("refresh_token");

    Servers.restart(Servers.STORE);

    String token =
        Store.request()
            .formParam("username", name)
            .formParam("password", "survives restarts")
            .post("/user-api/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    Store.as(token)
        .get("/user-api/users/me")
        .then()
        .statusCode(200)
        .body("full_name", equalTo("Долговечный"));
    Store.request()
        .formParam("grant_type", "refresh_token")
        .formParam("refresh_token", refreshToken)
        .post("/user-api/token")
        .then()
        .statusCode(200);
  }
}
