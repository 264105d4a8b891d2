package org.briefingpack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering, from the bottom: {@code model} and {@code io}; {@code ingest} and {@code links};
 * {@code extract}; {@code corroborate} (resource pages read with {@code ingest} and {@code extract}, fetched with
 * {@code links}); {@code run} (the run folder); {@code render}; {@code reuse}; {@code distribution} (e-mail,
 * reading the run's facts and files, formatting with {@code render}'s {@code HumanFormat}); {@code config} (settings and
 * wiring of the plain classes); {@code job} (the Batch job); {@code launch}; the application class. A package
 * may import only from below it. {@code extract} is stated as one package with all its inner packages, which
 * are being rebuilt.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.briefingpack");
    }

    @Test
    void packages_importOnlyFromTheLayersBelowThem() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("model")
                .definedBy("org.briefingpack.model..")
                .layer("io")
                .definedBy("org.briefingpack.io..")
                .layer("ingest")
                .definedBy("org.briefingpack.ingest..")
                .layer("links")
                .definedBy("org.briefingpack.links..")
                .layer("extract")
                .definedBy("org.briefingpack.extract..")
                .layer("corroborate")
                .definedBy("org.briefingpack.corroborate..")
                .layer("run")
                .definedBy("org.briefingpack.run..")
                .layer("render")
                .definedBy("org.briefingpack.render..")
                .layer("reuse")
                .definedBy("org.briefingpack.reuse..")
                .layer("distribution")
                .definedBy("org.briefingpack.distribution..")
                .layer("config")
                .definedBy("org.briefingpack.config..")
                .layer("job")
                .definedBy("org.briefingpack.job..")
                .layer("launch")
                .definedBy("org.briefingpack.launch..")
                .layer("application")
                .definedBy("org.briefingpack")
                .whereLayer("application")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("launch")
                .mayOnlyBeAccessedByLayers("application")
                .whereLayer("job")
                .mayOnlyBeAccessedByLayers("launch")
                .whereLayer("config")
                .mayOnlyBeAccessedByLayers("job", "launch", "application")
                .whereLayer("distribution")
                .mayOnlyBeAccessedByLayers("config", "job")
                .whereLayer("reuse")
                .mayOnlyBeAccessedByLayers("job")
                .whereLayer("render")
                .mayOnlyBeAccessedByLayers("distribution", "config", "job")
                .whereLayer("run")
                .mayOnlyBeAccessedByLayers("render", "reuse", "distribution", "job")
                .whereLayer("corroborate")
                .mayOnlyBeAccessedByLayers("config", "job")
                .whereLayer("extract")
                .mayOnlyBeAccessedByLayers("corroborate", "config", "job")
                .whereLayer("links")
                .mayOnlyBeAccessedByLayers("corroborate", "config", "job")
                .whereLayer("ingest")
                .mayOnlyBeAccessedByLayers("extract", "corroborate", "config", "job")
                .whereLayer("io")
                .mayOnlyBeAccessedByLayers(
                        "ingest", "links", "corroborate", "run", "render", "reuse", "distribution", "job")
                .whereLayer("model")
                .mayOnlyBeAccessedByLayers(
                        "links", "extract", "corroborate", "render", "reuse", "distribution", "config", "job")
                .check(classes);
    }

    @Test
    void extract_importsOnlyTheModelAndTheReadDocument() {
        noClasses()
                .that()
                .resideInAPackage("org.briefingpack.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.briefingpack.io..",
                        "org.briefingpack.links..",
                        "org.briefingpack.run..",
                        "org.briefingpack.render..",
                        "org.briefingpack.reuse..",
                        "org.briefingpack.config..",
                        "org.briefingpack.job..",
                        "org.briefingpack.launch..")
                .check(classes);
    }

    @Test
    void topLevelPackages_haveNoCycle() {
        slices().matching("org.briefingpack.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void renderingAndExtraction_knowNothingOfSpringBatch() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.briefingpack.model..",
                        "org.briefingpack.ingest..",
                        "org.briefingpack.extract..",
                        "org.briefingpack.render..",
                        "org.briefingpack.run..",
                        "org.briefingpack.reuse..",
                        "org.briefingpack.distribution..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.batch..")
                .check(classes);
    }
}
