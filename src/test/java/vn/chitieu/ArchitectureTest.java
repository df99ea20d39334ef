package vn.chitieu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Layers point one way (docs/design.md, "Layers"): the wiring package {@code system} may import
 * every feature, and nothing imports it; the top-level packages form no cycle.
 */
@Execution(ExecutionMode.CONCURRENT)
class ArchitectureTest {

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.chitieu");
  }

  @Test
  void shouldHaveNoCycleBetweenPackages() {
    slices().matching("vn.chitieu.(*)..").should().beFreeOfCycles().check(main);
  }

  @Test
  void shouldNotImportTheWiringPackageFromOutside() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.chitieu.system..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.chitieu.system..")
        .check(main);
  }

  @Test
  void shouldKeepSharedPackagesFreeOfFeatures() {
    noClasses()
        .that()
        .resideInAnyPackage("vn.chitieu.common..", "vn.chitieu.config..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.chitieu.indicator..",
            "vn.chitieu.area..",
            "vn.chitieu.figure..",
            "vn.chitieu.plan..",
            "vn.chitieu.achievement..",
            "vn.chitieu.progress..",
            "vn.chitieu.outlook..",
            "vn.chitieu.lock..",
            "vn.chitieu.security..")
        .check(main);
  }
}
