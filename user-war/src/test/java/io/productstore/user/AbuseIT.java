package io.productstore.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.productstore.testing.DeployedWarTest;
import io.productstore.testing.Store;
import io.productstore.testing.Users;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Abuse from one client address, as nginx forwards it (X-Forwarded-For from a trusted proxy on
 * loopback): guessing many accounts, and flooding registrations. The address is braked, its
 * neighbours are not, and what it could not do is not done.
 */
class AbuseIT extends DeployedWarTest {

  private static final int MAX_FAILED_LOGINS = 20; // user.client.max-failed-logins
  private static final int MAX_REGISTRATIONS = 10; // user.client.max-registrations

  /** An address of a documentation range, different in every run (the brakes live 10 minutes). */
  private static String address(String range) {
    return range + (1 + System.nanoTime() % 250);
  }

  private static int login(String forwardedFor, String username, String password) {
    return Store.request()
        .header("X-Forwarded-For", forwardedFor)
        .formParam("username", username)
        .formParam("password", password)
        .post("/user-api/token")
        .then()
        .extract()
        .statusCode();
  }

  private static int register(String forwardedFor, String username) {
    return Store.request()
        .header("X-Forwarded-For", forwardedFor)
        .contentType(ContentType.JSON)
        .body(Users.registration(username, "Бот", null, Users.PASSWORD))
        .post("/user-api/users/register")
        .then()
        .extract()
        .statusCode();
  }

  @Test
  void should_brake_an_address_guessing_many_accounts_and_no_other_address() {
    String victim = Users.registered(Users.uniqueName("victim"));
    String mallory = address("203.0.113.");
    for (int i = 0; i < MAX_FAILED_LOGINS; i++) {
      // A different account each time, so the per-account brake never applies.
      assertThat(login(mallory, Users.uniqueName("guess"), "123456")).isEqualTo(401);
    }

    Store.request()
        .header("X-Forwarded-For", mallory)
        .formParam("username", victim)
        .formParam("password", Users.PASSWORD)
        .post("/user-api/token")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("detail", containsString("address"));
    // What the client claims to the left of the proxy's entry changes nothing.
    assertThat(login("198.51.100.200, " + mallory, victim, Users.PASSWORD)).isEqualTo(429);
    assertThat(login(address("192.0.2."), victim, Users.PASSWORD)).isEqualTo(200);
    Users.passwordGrant(victim, Users.PASSWORD).statusCode(200);
  }

  @Test
  void should_refuse_a_registration_flood_past_the_limit_and_create_none_of_the_refused()
      throws Exception {
    String flooder = address("198.51.100.");
    List<String> names = IntStream.range(0, 30).mapToObj(i -> Users.uniqueName("flood")).toList();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    Map<String, Integer> statuses = new ConcurrentHashMap<>();
    try {
      clients.invokeAll(
          names.stream()
              .map(name -> (Callable<Integer>) () -> statuses.put(name, register(flooder, name)))
              .toList());
    } finally {
      clients.shutdown();
    }

    assertThat(statuses.values()).containsOnly(200, 429);
    long opened = statuses.values().stream().filter(status -> status == 200).count();
    assertThat(opened).isBetween(1L, (long) MAX_REGISTRATIONS);
    statuses.forEach(
        (name, status) ->
            assertThat(Users.passwordGrant(name, Users.PASSWORD).extract().statusCode())
                .as("login of %s, whose registration answered %d", name, status)
                .isEqualTo(status == 200 ? 200 : 401));
    Store.request().get("/health/ready").then().statusCode(200);
    assertThat(register(address("192.0.2."), Users.uniqueName("neighbour"))).isEqualTo(200);
  }
}
