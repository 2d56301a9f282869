package org.echem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout of docs/design.md, checked in bytecode: each package may use only the ones below it
 * (cli on top; grading and batch use calc and io; calc uses io, units and core; io uses units and
 * core; units uses nothing of echem's but core's; core nothing; plot, the drawing, uses nothing of
 * echem's and only cli uses it). picocli stays in cli, the core does no I/O (STYLE.md), and the
 * plotting libraries stay in plot, off every other subcommand's start-up path.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.echem");
    }

    @Test
    void layersPointOnlyDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("org.echem.cli..")
                .layer("plot").definedBy("org.echem.plot..")
                .layer("grading").definedBy("org.echem.grading..")
                .layer("batch").definedBy("org.echem.batch..")
                .layer("calc").definedBy("org.echem.calc..")
                .layer("io").definedBy("org.echem.io..")
                .layer("units").definedBy("org.echem.units..")
                .layer("core").definedBy("org.echem.core..")
                .layer("lang").definedBy("org.echem.lang..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("plot").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("grading").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("batch").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("calc").mayOnlyBeAccessedByLayers("cli", "grading", "batch")
                .whereLayer("io").mayOnlyBeAccessedByLayers("cli", "grading", "batch", "calc")
                .whereLayer("units").mayOnlyBeAccessedByLayers("cli", "grading", "batch", "calc", "io")
                .whereLayer("lang").mayOnlyBeAccessedByLayers("cli", "grading", "batch", "calc", "io", "units", "core")
                .check(classes);
    }

    @Test
    void plottingLibrariesOnlyInThePlotPackage() {
        noClasses().that().resideOutsideOfPackage("org.echem.plot..").should().dependOnClassesThat()
                .resideInAnyPackage("org.jfree..").check(classes);
        noClasses().that().resideInAPackage("org.echem.plot..").should().dependOnClassesThat()
                .resideInAnyPackage("org.echem.core..", "org.echem.units..", "org.echem.io..", "org.echem.calc..",
                        "org.echem.batch..", "org.echem.grading..", "org.echem.cli..", "org.echem.lang..").check(classes);
    }

    @Test
    void picocliOnlyInTheCommandLineLayer() {
        noClasses().that().resideOutsideOfPackage("org.echem.cli..").should().dependOnClassesThat()
                .resideInAPackage("picocli..").check(classes);
    }

    @Test
    void coreDoesNoInputOrOutput() {
        noClasses().that().resideInAPackage("org.echem.core..").should().dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio..", "picocli..")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }
}
