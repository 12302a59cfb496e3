package rbs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of STYLE.md: one-way dependencies, library types kept inside their package. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("rbs");
  }

  @Test
  void modelUsesTheJdkOnly() {
    noClasses()
        .that()
        .resideInAPackage("rbs.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("rbs.model..", "java..")
        .check(classes);
  }

  /**
   * The layers of STYLE.md: job → the steps (definition, source, compute, disclosure, report,
   * output) → filter → rows → model. A step never uses another step, so e.g. compute cannot reach
   * report, and the readers are reached only through the row contract.
   */
  @Test
  void layersPointOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Job")
        .definedBy("rbs.job..")
        .layer("Definition")
        .definedBy("rbs.definition..")
        .layer("Source")
        .definedBy("rbs.source..")
        .layer("Compute")
        .definedBy("rbs.compute..")
        .layer("Disclosure")
        .definedBy("rbs.disclosure..")
        .layer("Report")
        .definedBy("rbs.report..")
        .layer("Output")
        .definedBy("rbs.output..")
        .layer("Comments")
        .definedBy("rbs.comments..")
        .layer("Filter")
        .definedBy("rbs.filter..")
        .layer("Rows")
        .definedBy("rbs.rows..")
        .layer("Model")
        .definedBy("rbs.model..")
        .whereLayer("Job")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Definition")
        .mayOnlyBeAccessedByLayers("Job")
        .whereLayer("Source")
        .mayOnlyBeAccessedByLayers("Job")
        .whereLayer("Compute")
        .mayOnlyBeAccessedByLayers("Job")
        .whereLayer("Disclosure")
        .mayOnlyBeAccessedByLayers("Job")
        .whereLayer("Report")
        .mayOnlyBeAccessedByLayers("Job")
        .whereLayer("Output")
        .mayOnlyBeAccessedByLayers("Job")
        .whereLayer("Comments")
        .mayOnlyBeAccessedByLayers("Job")
        .whereLayer("Filter")
        .mayOnlyBeAccessedByLayers("Job", "Definition", "Compute", "Report")
        .whereLayer("Rows")
        .mayOnlyBeAccessedByLayers("Job", "Source", "Compute", "Filter", "Output")
        .check(classes);
  }

  /** InputException, Problem and Location are used by every layer, so they use none of them. */
  @Test
  void problemTypesUseTheModelOnly() {
    noClasses()
        .that()
        .resideInAPackage("rbs")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("rbs", "rbs.model..", "java..")
        .check(classes);
  }

  /** Every package of every module says what it owns, in its package-info.java. */
  @Test
  void everyPackageSaysWhatItOwns() throws IOException {
    List<Path> packages = new ArrayList<>();
    try (Stream<Path> modules = Files.list(Path.of(".."))) {
      for (Path module : modules.toList()) {
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(sources)) {
          files
              .filter(f -> f.toString().endsWith(".java"))
              .map(Path::getParent)
              .distinct()
              .forEach(packages::add);
        }
      }
    }

    assertThat(packages).hasSizeGreaterThan(10);
    assertThat(packages)
        .allSatisfy(
            dir -> assertThat(dir.resolve("package-info.java")).as(dir.toString()).exists());
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("rbs.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void libraryNeverPrintsToTheConsole() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because("only the CLI talks to the terminal")
        .check(classes);
  }

  @Test
  void jacksonStaysInDefinitionAndOutput() {
    noClasses()
        .that()
        .resideOutsideOfPackages("rbs.definition..", "rbs.output..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .check(classes);
  }

  @Test
  void celStaysInFilter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("rbs.filter..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.cel..", "com.google.protobuf..")
        .check(classes);
  }

  @Test
  void spreadsheetReadersStayInSource() {
    noClasses()
        .that()
        .resideOutsideOfPackage("rbs.source..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.dhatim.fastexcel..", "org.apache.poi.hssf..")
        .check(classes);
  }

  /** The comment forms are workbooks too, written and read back by their own step. */
  @Test
  void workbookWritingAndChartsStayInReport() {
    noClasses()
        .that()
        .resideOutsideOfPackages("rbs.report..", "rbs.source..", "rbs.comments..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..", "org.jfree..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages("rbs.report..", "rbs.comments..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi.xssf.usermodel..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackage("rbs.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi.xddf..", "org.jfree..")
        .check(classes);
  }

  @Test
  void linearProgrammingStaysInDisclosure() {
    noClasses()
        .that()
        .resideOutsideOfPackage("rbs.disclosure..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.ojalgo..")
        .check(classes);
  }

  @Test
  void csvLibraryStaysInSourceAndOutput() {
    noClasses()
        .that()
        .resideOutsideOfPackages("rbs.source..", "rbs.output..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.commons.csv..")
        .check(classes);
  }

  @Test
  void extractsAreParsedInSourceOnly() {
    noClasses()
        .that()
        .resideOutsideOfPackage("rbs.source..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("de.siegmar.fastcsv..")
        .check(classes);
  }
}
