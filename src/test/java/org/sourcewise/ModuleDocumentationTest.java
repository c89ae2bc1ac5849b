package org.sourcewise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module documentation that the README links to: a C4 component diagram of all modules,
 * one per module, and a canvas per module (its API, events, services) under docs/modules. Running
 * the tests keeps it current; commit what changed.
 */
class ModuleDocumentationTest {

    static final Path OUT = Path.of("docs", "modules");

    @Test
    void module_diagrams_and_canvases_are_written_to_docs_modules() throws Exception {
        new Documenter(ArchitectureTest.MODULES, Documenter.Options.defaults().withOutputFolder(OUT.toString()))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();

        assertThat(OUT.resolve("components.puml")).exists();
        try (var files = Files.list(OUT)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("module-quizzes.puml", "module-quizzes.adoc", "module-learning.puml");
        }
    }
}
