package io.productstore.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A WAR alone in its own Liberty server: Arquillian deploys the WAR the build just packaged into
 * the module's "&lt;service&gt;-it" server, and the tests talk to its public paths. Every such
 * service must answer its welcome, its compatibility health route and readiness on Cassandra.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedWarTest {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @BeforeEach
  void serverIsReady() {
    Store.awaitReady(Duration.ofSeconds(90));
  }

  /** The service name in welcome and health bodies, e.g. "cart". */
  protected abstract String service();

  /** The public prefix, e.g. "/cart-api". */
  protected abstract String prefix();

  /** The old clients' health route, e.g. "/cart-api/health". */
  protected String healthRoute() {
    return prefix() + "/health";
  }

  protected abstract String keyspace();

  @Test
  void should_answer_welcome_and_compatibility_health_with_cassandra_up() {
    Store.request().get(prefix() + "/").then().statusCode(200).body("service", equalTo(service()));
    Store.request().get(healthRoute()).then().statusCode(200)
        .body("status", equalTo("ok")).body("cassandra", equalTo("up"));
    Store.request().get("/health/ready").then().statusCode(200)
        .body("checks.name", hasItem("cassandra-" + keyspace()));
  }
}
