package io.productstore.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.productstore.testing.Store;
import io.productstore.testing.Users;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The old clients' user steps (API.md §8) through the all-in-one server, and the user metrics. */
@MicroShedTest
class UserJourneyIT {

  @BeforeAll
  static void serverIsReady() {
    Store.awaitReady(Duration.ofSeconds(120));
  }

  @Test
  void should_walk_the_old_scripts_register_login_and_profile_steps() {
    String name = "testuser_" + System.currentTimeMillis();
    Users.register(Users.registration(name, "Test User", "+79001234567", "testpass123"))
        .statusCode(200)
        .body("username", equalTo(name))
        .body("is_admin", equalTo(false));
    String token = Shop.login(name, "testpass123");
    Shop.login("swagger_admin", "admin123");

    Store.as(token)
        .get("/user-api/users/me")
        .then()
        .statusCode(200)
        .body("username", equalTo(name))
        .body("total_spent", equalTo(0));

    Store.as(token)
        .contentType(ContentType.URLENC)
        .formParam("full_name", "Updated Test User")
        .formParam("phone", "+79009876543")
        .put("/user-api/users/me")
        .then()
        .statusCode(200);
    Store.as(token)
        .get("/user-api/users/me")
        .then()
        .statusCode(200)
        .body("full_name", equalTo("Updated Test User"))
        .body("phone", equalTo("+79009876543"));

    Store.as(token)
        .get("/user-api/users/me/profile")
        .then()
        .statusCode(200)
        .body("username", equalTo(name))
        .body("current_cart_total", equalTo(0))
        .body("orders", empty())
        .body("total_spent", equalTo(0));
    Store.as(token).get("/user-api/users/me/orders").then().statusCode(200).body("$", empty());
    Store.as(token)
        .get("/user-api/users/me/total-spent")
        .then()
        .statusCode(200)
        .body("total_spent", equalTo(0));
    Store.as(token)
        .get("/user-api/users/me/cart")
        .then()
        .statusCode(200)
        .body("username", equalTo(name))
        .body("$", not(hasKey("password_hash")));
  }

  @Test
  void should_count_logins_by_outcome_without_usernames_in_the_labels() {
    String name = "metered_" + System.nanoTime();
    Users.register(Map.of("username", name, "password", "testpass123")).statusCode(200);
    Shop.login(name, "testpass123");
    Users.passwordGrant(name, "wrong-password").statusCode(401);

    Store.request()
        .get("/metrics")
        .then()
        .statusCode(200)
        .body(containsString("user_logins_total{mp_scope=\"application\",outcome=\"success\""))
        .body(containsString("user_logins_total{mp_scope=\"application\",outcome=\"bad_password\""))
        .body(containsString("user_registrations_total"))
        .body(containsString("user_password_hash_seconds"))
        .body(
            containsString(
                "cassandra_statement_seconds_count{mp_scope=\"application\",operation=\"select_users_by_username\""))
        .body(not(containsString(name)));
  }
}
