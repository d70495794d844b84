package io.productstore.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the server under test is. {@code ./store test} starts a Cassandra on the test ports and
 * exports the test environment (HTTP_PORT, keys) that the Liberty servers and these tests share.
 */
public final class Store {

  private Store() {}

  public static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name
              + " is not set: run the integration tests with ./store test, which starts what they need");
    }
    return value;
  }

  public static String httpsUrl() {
    return "https://localhost:" + env("HTTPS_PORT");
  }

  /**
   * A request to the server under test, following no redirects. Where the server is comes from REST
   * Assured's defaults, which the test environment sets once: MicroShed Testing for the end-to-end
   * tests ({@code @MicroShedTest}, manually started mode), {@link DeployedWarTest} for a WAR
   * deployed alone by Arquillian.
   */
  public static RequestSpecification request() {
    return given().redirects().follow(false);
  }

  public static RequestSpecification as(String token) {
    return request().header("Authorization", "Bearer " + token);
  }

  /** Waits until /health/ready says UP (Cassandra connected and migrated). */
  public static void awaitReady(Duration timeout) {
    Instant giveUp = Instant.now().plus(timeout);
    int status = 0;
    while (Instant.now().isBefore(giveUp)) {
      try {
        status = request().get("/health/ready").statusCode();
        if (status == 200) {
          return;
        }
      } catch (RuntimeException notListeningYet) {
        status = -1;
      }
      sleep();
    }
    throw new AssertionError(
        "Server not ready after " + timeout + " (last /health/ready: " + status + ")");
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
