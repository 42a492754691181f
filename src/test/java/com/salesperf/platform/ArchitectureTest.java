package com.salesperf.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the boundary / control / entity layering of STYLE.md honest. */
class ArchitectureTest {

    private static final JavaClasses CLASSES =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("com.salesperf");

    @Test
    void entitiesDependOnNoBoundaryOrPresentation() {
        noClasses()
                .that()
                .resideInAPackage("..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..boundary..", "..presentation..", "jakarta.faces..", "jakarta.ws.rs..")
                .check(CLASSES);
    }

    @Test
    void controlCodeKnowsNoPagesAndNoHttp() {
        noClasses()
                .that()
                .resideInAPackage("..control..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..presentation..",
                        "jakarta.faces..",
                        "jakarta.servlet..",
                        "jakarta.ws.rs..",
                        "org.primefaces..")
                .check(CLASSES);
    }

    @Test
    void onlyThePresentationLayerTalksFaces() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..presentation..", "com.salesperf.platform.boundary..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .check(CLASSES);
    }
}
