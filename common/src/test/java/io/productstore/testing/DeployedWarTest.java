package io.productstore.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.RestAssured;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A WAR alone in its own Liberty server: Arquillian deploys the WAR the build just packaged into
 * the module's "&lt;service&gt;-it" server, and the tests talk to its public paths. Every such
 * service must answer its welcome, its compatibility health route and readiness on Cassandra (what
 * the module's pom names as service.name, .prefix, .health and .keyspace).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedWarTest {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.builtWar();
  }

  /** Arquillian's managed server listens where ./store test put it. */
  @BeforeAll
  static void whereTheServerIs() {
    RestAssured.baseURI = "http://localhost";
    RestAssured.port = Integer.parseInt(Store.env("HTTP_PORT"));
  }

  @BeforeEach
  void serverIsReady() {
    Store.awaitReady(Duration.ofSeconds(90));
  }

  /** The module's service, from its pom (service.name, .prefix, .health, .keyspace). */
  private static String module(String property) {
    return System.getProperty("it." + property);
  }

  @Test
  void should_answer_welcome_and_compatibility_health_with_cassandra_up() {
    Store.request()
        .get(module("prefix") + "/")
        .then()
        .statusCode(200)
        .body("service", equalTo(module("service")));
    Store.request()
        .get(module("health"))
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"))
        .body("cassandra", equalTo("up"));
    Store.request()
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem("cassandra-" + module("keyspace")));
  }
}
