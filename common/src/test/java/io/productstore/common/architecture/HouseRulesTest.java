package io.productstore.common.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import io.productstore.testing.HouseRules;
import org.junit.jupiter.api.Test;

/** The house rules fail when the shape breaks: shown on classes that break it on purpose. */
class HouseRulesTest {

  private final JavaClasses broken =
      new ClassFileImporter().importPackages("io.productstore.testing.fixture");

  @Test
  void should_fail_when_a_domain_class_calls_an_adapter_or_uses_fault_tolerance() {
    EvaluationResult result = HouseRules.DOMAIN_DEPENDS_ONLY_ON_ITS_PORTS.evaluate(broken);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("ShopGateway"))
        .anyMatch(line -> line.contains("faulttolerance"));
  }

  @Test
  void should_fail_when_two_packages_depend_on_each_other() {
    EvaluationResult result = HouseRules.NO_CYCLE_BETWEEN_PACKAGES.evaluate(broken);

    assertThat(result.hasViolation()).isTrue();
  }

  @Test
  void should_pass_on_the_common_module_itself() {
    JavaClasses common =
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("io.productstore.common");

    assertThat(
            HouseRules.DOMAIN_DEPENDS_ONLY_ON_ITS_PORTS
                .evaluate(common)
                .getFailureReport()
                .getDetails())
        .isEmpty();
    assertThat(
            HouseRules.NO_CYCLE_BETWEEN_PACKAGES.evaluate(common).getFailureReport().getDetails())
        .isEmpty();
  }
}
