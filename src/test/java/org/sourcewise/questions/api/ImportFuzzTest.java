package org.sourcewise.questions.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.content.internal.TestCourses;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.formats.ProblemList;
import org.sourcewise.questions.formats.QuestionFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Seeded fuzzing of the REST import: valid files of every format, mutated (characters changed, pieces
 * cut, repeated or moved, hostile numbers and syntax inserted), are posted as they are. Every answer
 * must be one the API documents (200 with what was imported, or 422 problem JSON whose errors each name
 * a line), and the bank must change only by what a 200 without dryRun reports. The seed is fixed, so a
 * failure comes back on every run; the failing file is in the assertion message.
 */
@IntegrationTest
class ImportFuzzTest {

    private static final long SEED = 16L;
    private static final int FILES_PER_FORMAT = 80;
    private static final AtomicInteger COURSES = new AtomicInteger();
    private static final String[] HOSTILE = {"{", "}", "~", "=", "#", "->", "::", "\\", "\n", "\n\n", "\r", "\u0000",
            "1e400", "-1e400", "NaN", "Infinity", "1e99999999999", "9".repeat(400), "%101%", "%-0%", "$CATEGORY: $course$/a",
            "[html]<img src=x>", "[tag:t]", "[id:x]", "<b>", "\"", "\",\"", ",", ";", "ANSWER: Z", "A) ", "[", "]",
            "{\"a\":", "null", "\"weight\": 1e400", "😀", "é", "*", "..", "=%0%*", "~#"};

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestCourses testCourses;
    @Autowired
    TestUsers users;
    @Autowired
    QuestionBankService bank;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @ParameterizedTest
    @EnumSource(QuestionFormat.class)
    void every_mutated_file_gets_a_documented_answer_and_only_a_stored_import_changes_the_bank(QuestionFormat format)
            throws Exception {
        String slug = "fuzz-" + format.name().toLowerCase() + "-" + COURSES.incrementAndGet();
        long courseId = testCourses.sampleCopy(slug);
        List<String> seeds = seedFiles(format);
        Random random = new Random(SEED + format.ordinal());
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < FILES_PER_FORMAT; i++) {
            String file = mutate(seeds.get(random.nextInt(seeds.size())), random);
            boolean dryRun = random.nextBoolean();
            long before = count(courseId);

            MockHttpServletResponse answer = mvc.perform(post("/api/v1/courses/" + slug + "/questions")
                            .param("format", format.name().toLowerCase()).param("dryRun", String.valueOf(dryRun))
                            .content(file.getBytes(StandardCharsets.UTF_8)).contentType(MediaType.TEXT_PLAIN)
                            .with(httpBasic("instructor", "demo-instructor")))
                    .andReturn().getResponse();

            String body = answer.getContentAsString(StandardCharsets.UTF_8);
            String why = "file:\n" + file + "\nanswer " + answer.getStatus() + ": " + body;
            assertThat(answer.getStatus()).as(why).isIn(200, 422);
            if (answer.getStatus() == 200) {
                accepted++;
                int imported = JsonPath.read(body, "$.imported");
                assertThat(imported).as(why).isPositive();
                assertThat(JsonPath.<Boolean>read(body, "$.dryRun")).as(why).isEqualTo(dryRun);
                assertThat(JsonPath.<List<String>>read(body, "$.keys")).as(why).hasSize(imported);
                assertProblems(JsonPath.read(body, "$.warnings"), why);
                assertThat(count(courseId)).as(why).isEqualTo(dryRun ? before : before + imported);
            } else {
                refused++;
                assertThat(answer.getContentType()).as(why).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
                assertThat(errors).as(why).isNotEmpty();
                assertProblems(errors, why);
                assertThat(JsonPath.<Integer>read(body, "$.moreErrors")).as(why).isNotNegative();
                assertThat(count(courseId)).as(why).isEqualTo(before);
            }
        }
        assertThat(refused).as("the mutations should break most files").isGreaterThan(FILES_PER_FORMAT / 3);
        assertThat(accepted).as("some mutated files should still be accepted").isPositive();
    }

    private static void assertProblems(List<Map<String, Object>> problems, String why) {
        assertThat(problems).as(why).hasSizeLessThanOrEqualTo(ProblemList.LISTED);
        for (Map<String, Object> p : problems) {
            assertThat((Integer) p.get("line")).as(why).isNotNegative();
            assertThat((String) p.get("message")).as(why).isNotBlank();
        }
    }

    private long count(long courseId) {
        return users.as("instructor", () -> bank.count(courseId));
    }

    /** Valid files of the format: the documented examples, and one whose claims the sample course has. */
    private static List<String> seedFiles(QuestionFormat format) throws Exception {
        List<String> names = switch (format) {
            case GIFT -> List.of("imports/good.gift", "formats/gift/choice.gift", "formats/gift/numeric.gift",
                    "formats/gift/matching.gift", "formats/gift/missing-word.gift", "formats/gift/text-formats.gift",
                    "formats/gift/categories.gift");
            case AIKEN -> List.of("formats/aiken/questions.txt");
            case CSV -> List.of("formats/csv/questions.csv");
            case JSON -> List.of("formats/json/questions.json");
            case MOODLEXML -> List.of("formats/moodlexml/questions.xml", "formats/moodlexml/cloze.xml",
                    "formats/moodlexml/images.xml");
        };
        List<String> texts = new ArrayList<>();
        for (String name : names) {
            texts.add(new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static String mutate(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        for (int m = 1 + random.nextInt(3); m > 0 && !b.isEmpty(); m--) {
            int at = random.nextInt(b.length());
            int len = Math.min(b.length() - at, 1 + random.nextInt(40));
            switch (random.nextInt(6)) {
                case 0 -> b.insert(at, HOSTILE[random.nextInt(HOSTILE.length)]);
                case 1 -> b.delete(at, at + len);
                case 2 -> b.insert(at, b.substring(at, at + len).repeat(1 + random.nextInt(4)));
                case 3 -> b.setCharAt(at, (char) random.nextInt(0x250));
                case 4 -> b.setLength(at);
                default -> {
                    // moves a piece elsewhere, such as an answer into another question
                    String piece = b.substring(at, at + len);
                    b.delete(at, at + len);
                    b.insert(random.nextInt(b.length() + 1), piece);
                }
            }
        }
        return b.toString();
    }
}
