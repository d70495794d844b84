package io.productstore.e2e;

import static org.hamcrest.Matchers.equalTo;

import io.productstore.testing.Store;
import io.productstore.testing.Users;
import java.time.Duration;
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
    Users.register(Users.registration(name, "Долговечный", null, "survives restarts"))
        .statusCode(200);
    String refreshToken =
        Users.passwordGrant(name, "survives restarts")
            .statusCode(200)
            .extract()
            .path("refresh_token");

    Servers.restart(Servers.STORE);

    String token = Users.accessToken(name, "survives restarts");
    Store.as(token)
        .get("/user-api/users/me")
        .then()
        .statusCode(200)
        .body("full_name", equalTo("Долговечный"));
    Users.refreshGrant(refreshToken).statusCode(200);
  }
}
