package org.sourcewise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The package rules of DESIGN.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sourcewise");

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulith_verifies_the_modules_their_allowed_dependencies_and_their_internals() {
        MODULES.verify();
    }

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("org.sourcewise.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void vaadin_is_used_only_in_ui_packages() {
        noClasses().that().resideOutsideOfPackages("org.sourcewise.(*).ui..", "org.sourcewise.base.ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void no_feature_reaches_into_another_features_internal_package() {
        noClasses().should(reachIntoAnotherFeaturesInternals()).check(CLASSES);
    }

    @Test
    void scoring_quiz_rules_fsrs_statistics_formats_charts_and_exports_are_plain_java() {
        noClasses().that().resideInAnyPackage("org.sourcewise.quizzes.scoring..", "org.sourcewise.quizzes.rules..", "org.sourcewise.learning.fsrs..",
                        "org.sourcewise.reports.statistics..", "org.sourcewise.questions.formats..",
                        "org.sourcewise.reports.charts..", "org.sourcewise.reports.exports..")
                .and().doNotHaveSimpleName("package-info") // Modulith's @NamedInterface on the package is no code dependency
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta..")
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> reachIntoAnotherFeaturesInternals() {
        return new ArchCondition<>("reach into another feature's internal package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String feature = feature(item.getPackageName());
                item.getDirectDependenciesFromSelf().forEach(d -> {
                    String target = d.getTargetClass().getPackageName();
                    if (target.startsWith("org.sourcewise.") && target.contains(".internal")
                            && !feature(target).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    private static String feature(String packageName) {
        String rest = packageName.replaceFirst("^org\\.sourcewise\\.?", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
