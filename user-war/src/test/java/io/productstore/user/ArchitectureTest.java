package io.productstore.user;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.productstore.testing.HouseRules;

/** The user service keeps the house's shape (see {@link HouseRules}). */
@AnalyzeClasses(
    packages = "io.productstore.user",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchTests HOUSE_RULES = ArchTests.in(HouseRules.class);
}
