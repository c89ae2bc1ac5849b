package org.sourcewise.questions.formats;

import java.util.List;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;

/**
 * A bank with one question of every type and every field in use: Markdown with paragraphs and
 * indentation, GIFT's special characters, accents, Cyrillic, Hangul and emoji.
 */
final class SampleBank {

    private SampleBank() {
    }

    static QuestionSpec singleChoice() {
        return spec("q-sc", "Top of the list: KCNA", QuestionType.SINGLE_CHOICE,
                "Which country did **KCNA** list first in 2017?\n\nPick one — выберите один.",
                List.of(Option.choice("Russia — Россия", 1, "Да: KCNA put Russia first."),
                        Option.choice("China", 0, "China came second that year."),
                        Option.choice("한국", 0.25, "Partly 👍")),
                "KCNA put Russia at the top (claim c01).", "Café ☕ for everyone 😀",
                List.of("c01"), "Lesson 1/Allies", List.of("allies", "kcna"), Difficulty.HARD, QuestionStatus.PUBLISHED);
    }

    static QuestionSpec multipleResponse() {
        return spec("q-mr", null, QuestionType.MULTIPLE_RESPONSE, "Which two are rail gauges?",
                List.of(Option.choice("1520 mm", 0.5, "Russia's."), Option.choice("1435 mm", 0.5, null),
                        Option.choice("42 mm", -1, "Far too narrow."), Option.choice("Cheese", 0, null)),
                "Both are gauges.", null, List.of("c02", "c03"), "Lesson 1/Allies", List.of(), Difficulty.EASY,
                QuestionStatus.DRAFT);
    }

    static QuestionSpec trueFalse() {
        return spec("q-tf", null, QuestionType.TRUE_FALSE, "Russia's track is wider than China's.",
                List.of(Option.choice("True", 1, "Yes: 1520 against 1435 mm."), Option.choice("False", 0, "It is wider.")),
                "Broad gauge.", null, List.of("c02"), "Lesson 2", List.of("rail"), Difficulty.MEDIUM,
                QuestionStatus.PUBLISHED);
    }

    static QuestionSpec shortAnswer() {
        return spec("q-sa", "Specials: ~ = # { } \\", QuestionType.SHORT_ANSWER,
                "In GIFT, which characters need a backslash: ~ = # { } : and \\ itself? Use `a == b` {not a blank}.",
                List.of(Option.choice("all of them", 1, "Right: ~=#{}: all."),
                        Option.choice("some = few", 0.5, "Half #marks")),
                "See the escapes table.", null, List.of(), null, List.of(), Difficulty.MEDIUM, QuestionStatus.DRAFT);
    }

    static QuestionSpec numeric() {
        return spec("q-num", null, QuestionType.NUMERIC, "How wide is Russian track, in metres?",
                List.of(Option.number(1.52, 0.001, 1, "Exactly."), Option.number(-0.07, 1e-9, 0.1, null),
                        Option.number(1520, 0, 0.5, "That is millimetres.")),
                null, "1520 mm.", List.of("c02"), null, List.of(), Difficulty.MEDIUM, QuestionStatus.DRAFT);
    }

    static QuestionSpec matching() {
        return spec("q-match", null, QuestionType.MATCHING, "Match each country with its gauge.",
                List.of(Option.pair("Russia", "1520 mm"), Option.pair("China", "1435 mm"),
                        Option.pair("Україна", "1520 mm"), Option.distractor("1067 mm")),
                "Soviet gauge spread.", null, List.of("c02"), null, List.of(), Difficulty.MEDIUM, QuestionStatus.DRAFT);
    }

    static QuestionSpec essay() {
        return spec("q-essay", "Essay", QuestionType.ESSAY,
                "Explain the break of gauge.\n\n1. Say where.\n2. Say why:\n   - history\n   - defence",
                List.of(), "Graded by hand.", "Mention Zabaykalsk.", List.of("c04"), null, List.of(), Difficulty.MEDIUM,
                QuestionStatus.DRAFT);
    }

    static QuestionSpec clozeDropDown() {
        return spec("q-cloze-1", null, QuestionType.CLOZE, "Moscow is the capital of {1}, as every atlas shows.",
                List.of(Option.blankAnswer(1, "Russia", 1, "Верно."), Option.blankAnswer(1, "Belarus", 0, "Minsk is.")),
                "Atlases agree.", null, List.of("c05"), "Lesson 2", List.of(), Difficulty.MEDIUM, QuestionStatus.DRAFT);
    }

    static QuestionSpec clozeTyped() {
        return spec("q-cloze-2", null, QuestionType.CLOZE, "Russian track is {1} mm wide.",
                List.of(Option.blankAnswer(1, "1520", 1, null), Option.blankAnswer(1, "1524", 0.5, "Old value.")),
                "Since 1970.", null, List.of("c02"), "Lesson 2", List.of(), Difficulty.MEDIUM, QuestionStatus.DRAFT);
    }

    static QuestionSpec ordering() {
        return spec("q-order", null, QuestionType.ORDERING, "Put the events in order.",
                List.of(Option.item("1851: first line"), Option.item("1916: Trans-Siberian"), Option.item("1970: 1520 mm")),
                "Chronology.", null, List.of("c06"), null, List.of(), Difficulty.MEDIUM, QuestionStatus.DRAFT);
    }

    static QuestionSpec clozeTwoBlanks() {
        return spec("q-cloze-3", null, QuestionType.CLOZE, "{1} uses 1520 mm and {2} uses 1435 mm.",
                List.of(Option.blankAnswer(1, "Russia", 1, null), Option.blankAnswer(2, "China", 1, null)),
                "Gauges.", null, List.of("c02"), null, List.of(), Difficulty.MEDIUM, QuestionStatus.DRAFT);
    }

    /** Every question. */
    static List<QuestionSpec> all() {
        return List.of(singleChoice(), multipleResponse(), trueFalse(), shortAnswer(), numeric(), matching(), essay(),
                clozeDropDown(), clozeTyped(), ordering(), clozeTwoBlanks());
    }

    /** The questions GIFT can carry: all but ORDERING and the two-blank cloze. */
    static List<QuestionSpec> giftable() {
        return List.of(singleChoice(), multipleResponse(), trueFalse(), shortAnswer(), numeric(), matching(), essay(),
                clozeDropDown(), clozeTyped());
    }

    static QuestionSpec spec(String key, String title, QuestionType type, String stem, List<Option> options,
                             String explanation, String generalFeedback, List<String> claims, String category,
                             List<String> tags, Difficulty difficulty, QuestionStatus status) {
        return new QuestionSpec(key, title, new QuestionContent(type, stem, options, explanation, generalFeedback),
                claims, category, tags, difficulty, status);
    }
}
