package com.salesperf.evaluation.control;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine is plain JDK code that other components call; the formula language is a closed
 * sandbox. These rules keep it so.
 */
class EngineDependenciesTest {

    private static final JavaClasses ENGINE =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(
                            "com.salesperf.scheme.formula",
                            "com.salesperf.scheme.control",
                            "com.salesperf.evaluation.control");

    @Test
    void onlyTheJdkAndEachOther() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "com.salesperf.scheme.formula",
                        "com.salesperf.scheme.control",
                        "com.salesperf.evaluation.control")
                .check(ENGINE);
    }

    @Test
    void theFormulaLanguageNeedsNothingBeyondLangMathAndUtil() {
        classes()
                .that()
                .resideInAPackage("com.salesperf.scheme.formula")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java.lang", "java.math", "java.util..", "com.salesperf.scheme.formula")
                .check(ENGINE);
    }

    @Test
    void nothingReachesForReflectionProcessesFilesOrTheNetwork() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.lang.reflect..",
                        "java.lang.invoke..",
                        "java.io..",
                        "java.nio.file..",
                        "java.net..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(Runtime.class.getName())
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(ProcessBuilder.class.getName())
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(ClassLoader.class.getName())
                .check(ENGINE);
    }

    @Test
    void definitionsDoNotKnowTheEngine() {
        noClasses()
                .that()
                .resideInAnyPackage("com.salesperf.scheme..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.salesperf.evaluation..")
                .check(ENGINE);
    }
}
