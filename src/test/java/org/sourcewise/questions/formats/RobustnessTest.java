package org.sourcewise.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;

/**
 * Seeded random files built from each format's pieces, some of them damaged: an importer may accept a
 * file or refuse it with an ImportException, but never fail in another way; whatever it accepts exports
 * without failing, and what the export writes comes back the same (the export's read-back check
 * promises that).
 */
class RobustnessTest {

    private static final String[] GIFT_DAMAGE = {"{", "}", "~", "=", "#", "####", "::", ":", "%150%", "->", "\\",
            "\\n", "\n", "\n\n", "\r\n", "//", "$CATEGORY: c", "[html]", "<img>", "*", "..", "é", "😀", "[", "-"};
    private static final String[] GIFT_STEMS = {"Q é😀", "::T::Q", "[html]<p>Q &amp; <b>a</b></p>", "[plain]2*3",
            "[markdown]**Q**", "// key: k\nQ", "// tags: a, b\n// difficulty: hard\n// explanation: why\\n\nQ",
            "$CATEGORY: c/d\n\nQ", "Q \\{x\\} \\: \\~", "Q\nline two", "// claims: c1\n::T\\:x::[moodle]Q"};
    private static final String[] GIFT_ANSWERS = {"=right", "~wrong", "~%50%half", "~%-100%bad", "#feedback é",
            "=a -> b", "= -> c", "=x -> y", "T", "FALSE#no#yes", "#1..5", "#3.14:0.1", "=%50%x", "####general 😀",
            "=\\= esc", "~<b>html</b>", "=%25%q#fb"};
    private static final String[] AIKEN_STEMS = {"Question é😀?", "Is 2*3 six?", "Where? Где? 어디?", "Why?",
            "A) not a stem", "x"};
    private static final String[] AIKEN_ANSWERS = {"ANSWER: A", "ANSWER: B", "ANSWER: A", "ANSWER: B", "ANSWER: D",
            "Answer: A", "ANSWER: A B"};
    private static final String[] TYPES = {"single_choice", "multiple_response", "true_false", "short_answer",
            "numeric", "matching", "ordering", "cloze", "essay", "riddle", ""};
    private static final String[] CELLS = {"", "", "a", "b é😀", "a -> b", "-> c", "{1} x", "{2} y", "1..5", "3:0.1",
            "-2", "x, y", "say \"hi\"", "two\nlines", " padded ", "1", "2", "1;2", "true", "0.5", "-1", "2.5"};
    private static final String[] JSON_TYPES = {"\"ESSAY\"", "\"single_choice\"", "\"NUMERIC\"", "\"CLOZE\"",
            "\"matching\"", "\"riddle\"", "3", "null"};
    private static final String[] JSON_STRINGS = {"null", "\"\"", "\" x é😀 \"", "\"a\\nb\"", "\"q\"", "1"};
    private static final String[] JSON_NUMBERS = {"null", "1", "-0.5", "0", "0.1", "1e-9", "1.5", "\"1\""};

    @ParameterizedTest
    @EnumSource(QuestionFormat.class)
    void random_input_is_imported_or_refused_and_what_is_imported_round_trips(QuestionFormat format) {
        Random random = new Random(20240611L + format.ordinal());
        int imported = 0;
        for (int run = 0; run < 3000; run++) {
            String text = randomText(random, format);
            ImportResult result;
            try {
                result = QuestionFormats.parse(format, text);
            } catch (ImportException refused) {
                assertThat(refused.errors()).as(text).isNotEmpty();
                continue;
            }
            imported += result.questions().size();
            ExportResult export = QuestionFormats.export(format, result.questions());
            List<QuestionSpec> back = QuestionFormats.parse(format, export.text()).questions();
            assertThat(back.size()).as(text).isEqualTo(result.questions().size() - export.skipped().size());
            if (export.skipped().isEmpty()) {
                assertThat(normalised(back, format)).as(text).isEqualTo(normalised(result.questions(), format));
            }
        }
        assertThat(imported).as("the generator should reach plenty of valid input").isGreaterThan(100);
    }

    private static List<QuestionSpec> normalised(List<QuestionSpec> specs, QuestionFormat format) {
        return specs.stream().map(s -> format == QuestionFormat.JSON ? s : Texts.trimmed(s,
                format == QuestionFormat.CSV ? s.status() : QuestionStatus.DRAFT)).toList();
    }

    private static String randomText(Random random, QuestionFormat format) {
        return switch (format) {
            case GIFT -> gift(random);
            case AIKEN -> aiken(random);
            case CSV -> csv(random);
            case JSON -> json(random);
            case MOODLEXML -> moodleXml(random);
        };
    }

    private static String gift(Random random) {
        StringBuilder b = new StringBuilder();
        for (int q = 1 + random.nextInt(3); q > 0; q--) {
            b.append(pick(random, GIFT_STEMS)).append(" {");
            for (int a = random.nextInt(5); a > 0; a--) {
                b.append(pick(random, GIFT_ANSWERS)).append(' ');
            }
            b.append('}').append(random.nextInt(5) == 0 ? " tail." : "").append("\n\n");
        }
        if (random.nextInt(4) == 0) {
            b.insert(random.nextInt(b.length()), pick(random, GIFT_DAMAGE));
        }
        return b.toString();
    }

    private static final String[] XML_TYPES = {"multichoice", "truefalse", "shortanswer", "numerical", "matching",
            "ordering", "essay", "description", "multianswer", "category"};
    private static final String[] XML_TEXTS = {"", "Q é😀", "&lt;b&gt;x&lt;/b&gt;", "<![CDATA[<p>Q <b>x</b></p>]]>", "true",
            "false", "3.5", "*", "a -> b", "  padded  ", "Go {1:SA:=a*~%50%b#c} now", "{:MC:=x~y#z}{2:NM:=3:0}",
            "<![CDATA[<p>{1:MULTICHOICE:=a~b} <img src=\"@@PLUGINFILE@@/x.png\" alt=\"x\"></p>]]>", "{1:SA:=a~b"};
    private static final String[] XML_FORMATS = {"html", "markdown", "plain_text", "moodle_auto_format"};
    private static final String[] XML_FRACTIONS = {"100", "0", "50", "-100", "33.33333", "150", "x", "1e400"};

    private static String moodleXml(Random random) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<quiz>\n");
        for (int q = 1 + random.nextInt(3); q > 0; q--) {
            String type = pick(random, XML_TYPES);
            b.append("<question type=\"").append(type).append("\">\n<name><text>").append(pick(random, XML_TEXTS))
                    .append("</text></name>\n<questiontext format=\"").append(pick(random, XML_FORMATS)).append("\"><text>")
                    .append(pick(random, XML_TEXTS)).append("</text></questiontext>\n");
            if (type.equals("category")) {
                b.append("<category><text>$course$/top/").append(pick(random, XML_TEXTS)).append("</text></category>\n");
            }
            if (random.nextBoolean()) {
                b.append("<single>").append(random.nextBoolean()).append("</single>\n");
            }
            for (int a = random.nextInt(4); a > 0; a--) {
                if (type.equals("matching")) {
                    b.append("<subquestion format=\"markdown\"><text>").append(pick(random, XML_TEXTS))
                            .append("</text><answer><text>").append(pick(random, XML_TEXTS)).append("</text></answer></subquestion>\n");
                } else {
                    b.append("<answer fraction=\"").append(pick(random, XML_FRACTIONS)).append("\" format=\"")
                            .append(pick(random, XML_FORMATS)).append("\"><text>").append(pick(random, XML_TEXTS))
                            .append("</text><feedback format=\"html\"><text>").append(pick(random, XML_TEXTS))
                            .append("</text></feedback>").append(random.nextBoolean() ? "<tolerance>0.1</tolerance>" : "")
                            .append("</answer>\n");
                }
            }
            b.append("</question>\n");
        }
        b.append("</quiz>\n");
        if (random.nextInt(4) == 0) {
            b.insert(random.nextInt(b.length()), pick(random, new String[] {"<", "&", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "</quiz>", "]]>"}));
        }
        return b.toString();
    }

    private static String aiken(Random random) {
        StringBuilder b = new StringBuilder();
        for (int q = 1 + random.nextInt(3); q > 0; q--) {
            b.append(pick(random, AIKEN_STEMS)).append('\n');
            int options = 1 + random.nextInt(4);
            for (int o = 0; o < options; o++) {
                b.append((char) ('A' + o)).append(random.nextBoolean() ? ") " : ". ").append(pick(random, CELLS))
                        .append('\n');
            }
            b.append(pick(random, AIKEN_ANSWERS)).append("\n\n");
        }
        return b.toString();
    }

    private static String csv(Random random) {
        StringBuilder b = new StringBuilder("type,stem,option_1,option_2,option_3,weight_1,feedback_2,correct,key\n");
        for (int row = random.nextInt(4); row > 0; row--) {
            String type = pick(random, TYPES);
            String[] options = switch (type) {
                case "numeric" -> new String[] {"1..5", "3:0.1", "-2", "1e3", "x"};
                case "matching" -> new String[] {"a -> b", "-> c", "é -> 😀", "x"};
                case "cloze" -> new String[] {"{1} x", "{2} y é", "{1} \"q\"", "z"};
                case "true_false", "essay" -> new String[] {"", "", "", "x"};
                default -> new String[] {"a", "b é😀", "x, y", "say \"hi\"", "two\nlines", ""};
            };
            String correct = switch (type) {
                case "single_choice" -> pick(random, new String[] {"1", "2", "", "3"});
                case "multiple_response" -> pick(random, new String[] {"1;2", "2", "1,3", ""});
                case "true_false" -> pick(random, new String[] {"true", "false", "F", "maybe"});
                default -> random.nextInt(8) == 0 ? "1" : "";
            };
            b.append(type).append(",\"Stem ").append(row).append('"');
            for (int o = 0; o < 3; o++) {
                b.append(",\"").append(pick(random, options).replace("\"", "\"\"")).append('"');
            }
            b.append(',').append(pick(random, new String[] {"", "", "0.5", "-1", "2"}))
                    .append(',').append(pick(random, new String[] {"", "fb", "é😀"}))
                    .append(',').append(correct).append(",k").append(row).append('\n');
        }
        return b.toString();
    }

    private static String json(Random random) {
        StringBuilder b = new StringBuilder("{\"format\": \"sourcewise-questions\", \"version\": 1, \"questions\": [");
        for (int q = random.nextInt(4); q > 0; q--) {
            b.append("{\"type\": ").append(pick(random, JSON_TYPES)).append(", \"stem\": ").append(pick(random, JSON_STRINGS))
                    .append(", \"options\": [");
            for (int o = random.nextInt(3); o > 0; o--) {
                b.append("{\"text\": ").append(pick(random, JSON_STRINGS)).append(", \"weight\": ")
                        .append(pick(random, JSON_NUMBERS)).append(", \"value\": ").append(pick(random, JSON_NUMBERS))
                        .append(", \"blank\": ").append(pick(random, new String[] {"null", "1", "2", "0"}))
                        .append(o > 1 ? "}," : "}");
            }
            b.append("], \"key\": \"k").append(q).append("\"}").append(q > 1 ? "," : "");
        }
        return b.append("]}").toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
