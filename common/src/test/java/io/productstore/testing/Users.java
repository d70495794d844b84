package io.productstore.testing;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Registration and the token grants through the public paths, as the old clients call them. */
public final class Users {

  /** The password of the accounts {@link #registered} creates. */
  public static final String PASSWORD = "correct horse";

  private Users() {}

  /** A unique user name: {@code prefix} and a counter. */
  public static String uniqueName(String prefix) {
    return prefix + "_" + Long.toString(System.nanoTime(), 36);
  }

  /** The registration body of API.md; a null phone is left out. */
  public static Map<String, Object> registration(
      String username, String fullName, String phone, String password) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("full_name", fullName);
    if (phone != null) {
      body.put("phone", phone);
    }
    body.put("password", password);
    return body;
  }

  public static ValidatableResponse register(Map<String, ?> registration) {
    return Store.request()
        .contentType(ContentType.JSON)
        .body(registration)
        .post("/user-api/users/register")
        .then();
  }

  /** Registers {@code username} (full name Анна, a phone, {@link #PASSWORD}); returns the name. */
  public static String registered(String username) {
    register(registration(username, "Анна", "+7 900 000-00-00", PASSWORD)).statusCode(200);
    return username;
  }

  /** The access token of a new account registered by {@link #registered} and logged in. */
  public static String newAccountToken(String prefix) {
    return accessToken(registered(uniqueName(prefix)), PASSWORD);
  }

  public static ValidatableResponse passwordGrant(String username, String password) {
    return Store.request()
        .formParam("username", username)
        .formParam("password", password)
        .post("/user-api/token")
        .then();
  }

  /** The access token of a password login that must succeed. */
  public static String accessToken(String username, String password) {
    return passwordGrant(username, password).statusCode(200).extract().path("access_token");
  }

  public static ValidatableResponse refreshGrant(String refreshToken) {
    return Store.request()
        .formParam("grant_type", "refresh_token")
        .formParam("refresh_token", refreshToken)
        .post("/user-api/token")
        .then();
  }
}
