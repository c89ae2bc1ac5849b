package org.sourcewise.base.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.util.NoSuchElementException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Every failure of an API call is problem JSON with the status that fits, never an empty body. */
class ApiProblemsTest {

    @RestController
    static class Failing {

        @PostMapping("/api/v1/import")
        String importFile() {
            throw new DataIntegrityViolationException("could not execute statement",
                    new SQLException("Check constraint invalid: \"CK_QUESTION_DIFFICULTY: \""));
        }

        @PostMapping("/api/v1/busy")
        String busy() {
            throw new CannotCreateTransactionException("Connection is not available, request timed out after 30000ms");
        }

        @GetMapping("/api/v1/things/{id}")
        String thing(@PathVariable long id) {
            throw new NoSuchElementException("no thing " + id);
        }

        @PostMapping("/api/v1/changed")
        String changed() {
            throw new org.springframework.dao.OptimisticLockingFailureException("row was updated by another transaction");
        }

        @GetMapping("/api/v1/bad")
        String bad(@RequestParam String format) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown format '" + format + "'");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(new ApiProblems()).build();

    @Test
    void a_write_the_database_refuses_is_a_500_problem_that_says_nothing_was_saved() throws Exception {
        mvc.perform(post("/api/v1/import").contentType(MediaType.TEXT_PLAIN).content("::q:: x {T}"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("nothing was saved")))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("CK_QUESTION"))))
                .andExpect(jsonPath("$.reference").value(Matchers.matchesPattern("[0-9a-f]{8}")));
    }

    @Test
    void a_database_that_does_not_answer_is_a_503_with_retry_after() throws Exception {
        mvc.perform(post("/api/v1/busy"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("not answering")));
    }

    @Test
    void a_missing_record_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/v1/things/7"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reference").doesNotExist());
    }

    @Test
    void a_status_the_controller_chose_keeps_its_status_and_reason() throws Exception {
        mvc.perform(get("/api/v1/bad").param("format", "docx"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("unknown format 'docx'"));
    }

    @Test
    void a_record_someone_else_changed_first_is_a_409_problem() throws Exception {
        mvc.perform(post("/api/v1/changed"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Someone else changed this")))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("transaction"))));
    }
}
