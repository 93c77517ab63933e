package org.crosscheck;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Packages follow the data flow and dependencies point one way (design: cli → pipeline → stages → model). */
@AnalyzeClasses(packages = "org.crosscheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("org.crosscheck.cli..")
            .layer("pipeline").definedBy("org.crosscheck.pipeline..")
            .layer("load").definedBy("org.crosscheck.load..")
            .layer("normalize").definedBy("org.crosscheck.normalize..")
            .layer("engine").definedBy("org.crosscheck.engine..")
            .layer("triage").definedBy("org.crosscheck.triage..")
            .layer("report").definedBy("org.crosscheck.report..")
            .layer("support").definedBy("org.crosscheck.support..")
            .layer("model").definedBy("org.crosscheck.model..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("load").mayOnlyBeAccessedByLayers("pipeline")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("pipeline")
            .whereLayer("triage").mayOnlyBeAccessedByLayers("pipeline")
            // rules (DRL) call normalize's comparison functions, and the CLI's normalize command shows them
            .whereLayer("normalize").mayOnlyBeAccessedByLayers("pipeline", "engine", "cli")
            .whereLayer("support").mayOnlyBeAccessedByLayers("cli", "load", "normalize", "engine", "pipeline", "report")
            .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "pipeline", "load", "normalize", "engine", "triage", "report", "support");

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("org.crosscheck.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.crosscheck.model..", "java..");

    @ArchTest
    static final ArchRule onlyLoadReadsYaml = noClasses().that().resideOutsideOfPackage("org.crosscheck.load..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.dataformat.yaml..", "org.yaml..");

    @ArchTest
    static final ArchRule onlyEngineTouchesDrools = noClasses().that().resideOutsideOfPackage("org.crosscheck.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..");

    @ArchTest
    static final ArchRule reportsNeverSeeYamlOrDrools = noClasses().that().resideInAPackage("org.crosscheck.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "org.yaml..",
                    "com.fasterxml.jackson.dataformat.yaml..");

    @ArchTest
    static final ArchRule onlyCliUsesPicocli = noClasses().that().resideOutsideOfPackage("org.crosscheck.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");
}
