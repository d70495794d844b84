package io.productstore.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The shape every service keeps, checked by each module's {@code ArchitectureTest}: the domain
 * depends on nothing but its own ports (and the JDK, CDI and configuration), no package cycle, and
 * no service reaches into another's code.
 */
public final class HouseRules {

  private HouseRules() {}

  /** The adapters of a service and the mechanisms a domain must reach only through its ports. */
  static final String[] OUTSIDE_THE_DOMAIN = {
    "io.productstore..api..",
    "io.productstore..client..",
    "io.productstore..persistence..",
    "io.productstore..background..",
    "io.productstore..metrics..",
    "io.productstore..bootstrap..",
    "io.productstore..token..",
    "io.productstore.common.web..",
    "io.productstore.common.problem..",
    "io.productstore.common.cassandra..",
    "io.productstore.common.background..",
    "org.eclipse.microprofile.faulttolerance..",
    "org.eclipse.microprofile.metrics..",
    "org.eclipse.microprofile.rest.client..",
    "io.opentelemetry..",
    "jakarta.ws.rs..",
    "jakarta.json..",
    "com.datastax..",
    "com.ibm.."
  };

  @ArchTest
  public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_ITS_PORTS =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(OUTSIDE_THE_DOMAIN)
          .because("the domain speaks through its ports; adapters translate at the edge");

  @ArchTest
  public static final ArchRule NO_CYCLE_BETWEEN_PACKAGES =
      slices().matching("io.productstore.(**)").should().beFreeOfCycles();

  @ArchTest
  public static final ArchRule NO_SERVICE_USES_ANOTHER_SERVICES_CODE =
      noClasses()
          .should(dependOnAnotherService())
          .because("services meet over HTTP, never in code");

  private static ArchCondition<JavaClass> dependOnAnotherService() {
    return new ArchCondition<>("depend on another service's classes") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String own = service(item.getPackageName());
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          String target = service(dependency.getTargetClass().getPackageName());
          if (own != null
              && target != null
              && !own.equals(target)
              && !"common".equals(target)
              && !"testing".equals(target)) {
            events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
          }
        }
      }
    };
  }

  /** "cart" for io.productstore.cart.domain; null outside the project. */
  private static String service(String packageName) {
    if (!packageName.startsWith("io.productstore.")) {
      return null;
    }
    String rest = packageName.substring("io.productstore.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
