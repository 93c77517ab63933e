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
            .layer("desk").definedBy("org.crosscheck.desk..")
            .layer("pipeline").definedBy("org.crosscheck.pipeline..")
            .layer("store").definedBy("org.crosscheck.store..")
            .layer("load").definedBy("org.crosscheck.load..")
            .layer("normalize").definedBy("org.crosscheck.normalize..")
            .layer("compare").definedBy("org.crosscheck.compare..")
            .layer("values").definedBy("org.crosscheck.values..")
            .layer("extract").definedBy("org.crosscheck.extract..")
            .layer("engine").definedBy("org.crosscheck.engine..")
            .layer("triage").definedBy("org.crosscheck.triage..")
            .layer("report").definedBy("org.crosscheck.report..")
            .layer("support").definedBy("org.crosscheck.support..")
            .layer("model").definedBy("org.crosscheck.model..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            // the editor's desk (crosscheck serve) extracts and checks as the CLI does; only the CLI starts it
            .whereLayer("desk").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli", "desk")
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
            // the store keeps what the loader parsed and resolves keys with normalize's entity index;
            // the CLI's index command reports what an update did
            .whereLayer("store").mayOnlyBeAccessedByLayers("pipeline", "cli")
            // extract reads the corpus it files claims under (load, normalize); the CLI calls it
            .whereLayer("extract").mayOnlyBeAccessedByLayers("cli", "desk")
            .whereLayer("load").mayOnlyBeAccessedByLayers("pipeline", "store", "extract")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("pipeline")
            .whereLayer("triage").mayOnlyBeAccessedByLayers("pipeline")
            // rules (DRL) call normalize's comparison functions, and the CLI's normalize command shows them
            .whereLayer("normalize").mayOnlyBeAccessedByLayers("pipeline", "store", "compare", "engine", "cli", "extract")
            // each claim's status, decided per key before the rules run; the rules (DRL) read it through the engine's session
            .whereLayer("compare").mayOnlyBeAccessedByLayers("pipeline", "engine")
            // the value readers' vocabularies and units; extraction may call them too
            .whereLayer("values").mayOnlyBeAccessedByLayers("normalize", "compare", "cli", "extract")
            .whereLayer("support").mayOnlyBeAccessedByLayers("cli", "desk", "load", "store", "normalize", "compare", "extract", "engine", "pipeline",
                    "report")
            .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "desk", "pipeline", "store", "load", "normalize", "compare", "extract", "engine",
                    "triage", "report", "support");

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
    static final ArchRule onlyStoreUsesSql = noClasses().that().resideOutsideOfPackage("org.crosscheck.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..");

    @ArchTest
    static final ArchRule onlyExtractUsesNlpAndSearch = noClasses().that().resideOutsideOfPackage("org.crosscheck.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("opennlp..", "org.apache.lucene..");

    @ArchTest
    static final ArchRule onlyDeskServesHttp = noClasses().that().resideOutsideOfPackage("org.crosscheck.desk..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "org.apache.poi..");

    @ArchTest
    static final ArchRule onlyCliUsesPicocli = noClasses().that().resideOutsideOfPackage("org.crosscheck.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");
}
