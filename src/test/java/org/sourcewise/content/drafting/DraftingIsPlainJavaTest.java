package org.sourcewise.content.drafting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The drafting rules are plain Java, testable without Spring, a database or a UI. */
class DraftingIsPlainJavaTest {

    @Test
    void drafting_depends_on_no_spring_vaadin_jakarta_or_persistence() {
        noClasses().that().resideInAPackage("org.sourcewise.content.drafting..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta..",
                        "org.sourcewise.content.internal..", "org.sourcewise.questions..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.sourcewise.content.drafting"));
    }
}
