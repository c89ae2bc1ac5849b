package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.AnswerPattern;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;

/**
 * Reads Moodle XML ({@code <quiz><question type="...">...}) as Moodle's own XML import does, for the
 * types both systems share: multichoice (single and multiple), truefalse, shortanswer, numerical,
 * matching, ordering (the qtype_ordering plugin), essay; category questions set the category of those
 * after them. Descriptions, cloze ({@code multianswer}) and other types are skipped with a warning.
 * Sourcewise's own fields that Moodle has no place for (claims, difficulty, explanation, status) travel
 * in a {@code <sourcewise>} element, which Moodle's import ignores.
 */
final class MoodleXmlImporter {

    private final ImportCollector out = new ImportCollector();
    private @Nullable String category;
    private boolean penaltyWarned;

    private MoodleXmlImporter() {
    }

    static ImportResult read(String text) {
        MoodleXmlImporter importer = new MoodleXmlImporter();
        importer.document(SourceLines.withoutBom(text));
        return importer.out.finish();
    }

    private void document(String text) {
        XmlTree.Element root;
        try {
            root = XmlTree.read(text);
        } catch (XmlTree.Unreadable e) {
            out.error(e.line(), String.valueOf(e.getMessage()));
            return;
        }
        if (!root.name().equals("quiz")) {
            out.error(root.line(), "a Moodle XML file starts with <quiz>, not <" + root.name() + ">");
            return;
        }
        for (XmlTree.Element q : root.children()) {
            if (!q.name().equals("question")) {
                out.warning(q.line(), "<" + q.name() + "> outside a question is ignored");
                continue;
            }
            out.guarded(q.line(), () -> question(q));
        }
        if (out.questionCount() == 0 && out.errorCount() == 0) {
            out.warning(0, "no questions found");
        }
    }

    private void question(XmlTree.Element q) {
        String type = String.valueOf(q.attribute("type"));
        int line = q.line();
        if (type.equals("category")) {
            String path = q.textOf("category");
            category = path == null ? null : MoodleCategory.path(path, line, out);
            return;
        }
        int errorsBefore = out.errorCount();
        QuestionType kind = switch (type) {
            case "multichoice" -> bool(q, "single", true) ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_RESPONSE;
            case "truefalse" -> QuestionType.TRUE_FALSE;
            case "shortanswer" -> QuestionType.SHORT_ANSWER;
            case "numerical" -> QuestionType.NUMERIC;
            case "matching" -> QuestionType.MATCHING;
            case "ordering" -> QuestionType.ORDERING;
            case "essay" -> QuestionType.ESSAY;
            default -> null;
        };
        if (kind == null) {
            out.warning(line, skipReason(type));
            return;
        }
        String stem = text(q.child("questiontext"), line);
        if (stem == null) {
            out.error(line, "the question has no text");
        }
        String penalty = q.textOf("penalty");
        Double p = penalty == null ? null : Numbers.parse(penalty.strip());
        if (p != null && p != 0 && !penaltyWarned) {
            penaltyWarned = true;
            out.warning(line, "penalties for each try are ignored: Sourcewise marks one answer per question");
        }
        List<Option> options = switch (kind) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE, SHORT_ANSWER -> choices(q, kind);
            case TRUE_FALSE -> trueFalse(q);
            case NUMERIC -> numbers(q);
            case MATCHING -> pairs(q);
            case ORDERING -> items(q);
            default -> List.of();
        };
        XmlTree.Element sw = q.child("sourcewise");
        String key = plain(q.textOf("idnumber"));
        String title = plain(q.textOf("name"));
        String generalFeedback = text(q.child("generalfeedback"), line);
        List<String> tags = new ArrayList<>();
        XmlTree.Element tagList = q.child("tags");
        if (tagList != null) {
            for (XmlTree.Element tag : tagList.all("tag")) {
                XmlTree.Element inner = tag.child("text");
                String t = plain(inner == null ? tag.text() : inner.text());
                if (t != null && !tags.contains(t)) {
                    tags.add(t);
                }
            }
        }
        List<String> claims = new ArrayList<>();
        Difficulty difficulty = null;
        String explanation = null;
        QuestionStatus status = QuestionStatus.DRAFT;
        if (sw != null) {
            XmlTree.Element claimList = sw.child("claims");
            if (claimList != null) {
                claimList.all("claim").forEach(c -> claims.add(c.text().strip()));
            }
            difficulty = enumValue(Difficulty.class, sw.child("difficulty"));
            QuestionStatus s = enumValue(QuestionStatus.class, sw.child("status"));
            status = s == null ? QuestionStatus.DRAFT : s;
            explanation = text(sw.child("explanation"), line);
        }
        if (stem == null || out.errorCount() > errorsBefore) {
            return;
        }
        QuestionContent content = new QuestionContent(kind, stem, options, explanation, generalFeedback);
        out.question(line, new QuestionSpec(key, title, content, claims, category, tags, difficulty, status));
    }

    private static String skipReason(String type) {
        return switch (type) {
            case "description" -> "a description (text shown between questions) is skipped: Sourcewise does not hold one";
            case "multianswer" -> "an embedded-answers (cloze) question is skipped: Sourcewise does not read Moodle's"
                    + " cloze syntax yet; import it as Sourcewise JSON or CSV";
            default -> "a question of Moodle's type '" + Texts.excerpt(type) + "' is skipped: Sourcewise has no such type";
        };
    }

    private List<Option> choices(XmlTree.Element q, QuestionType kind) {
        List<Option> options = new ArrayList<>();
        for (XmlTree.Element a : q.all("answer")) {
            double weight = fraction(a);
            String answer = kind == QuestionType.SHORT_ANSWER ? plain(a.textOf("text"))
                    : text(a, a.line());
            String feedback = text(a.child("feedback"), a.line());
            if (answer == null) {
                out.error(a.line(), "empty answer");
                continue;
            }
            if (kind == QuestionType.SHORT_ANSWER && AnswerPattern.onlyWildcards(answer)) {
                out.warning(a.line(), "the answer '*' (any other answer) is skipped: Sourcewise short answers have no"
                        + " catch-all answer");
                continue;
            }
            options.add(Option.choice(answer, weight, feedback));
        }
        return options;
    }

    private List<Option> trueFalse(XmlTree.Element q) {
        Option yes = null;
        Option no = null;
        for (XmlTree.Element a : q.all("answer")) {
            String t = Objects.toString(plain(a.textOf("text")), "").toLowerCase(Locale.ROOT);
            Option o = Option.choice(t.equals("true") ? "True" : "False", fraction(a) > 0 ? 1 : 0,
                    text(a.child("feedback"), a.line()));
            if (t.equals("true")) {
                yes = o;
            } else if (t.equals("false")) {
                no = o;
            } else {
                out.error(a.line(), "a true/false answer is 'true' or 'false', not '" + Texts.excerpt(t) + "'");
            }
        }
        if (yes == null || no == null) {
            out.error(q.line(), "a true/false question needs the answers 'true' and 'false'");
            return List.of();
        }
        return List.of(yes, no);
    }

    private List<Option> numbers(XmlTree.Element q) {
        XmlTree.Element units = q.child("units");
        if (units != null && !units.all("unit").isEmpty()) {
            out.warning(units.line(), "units are ignored: Sourcewise numeric answers are plain numbers");
        }
        List<Option> options = new ArrayList<>();
        for (XmlTree.Element a : q.all("answer")) {
            String value = Objects.toString(plain(a.textOf("text")), "");
            String feedback = text(a.child("feedback"), a.line());
            if (value.equals("*") || value.equals("null")) {
                out.warning(a.line(), "the answer '*' (any other answer) is skipped: Sourcewise numeric answers are numbers");
                continue;
            }
            Double v = Numbers.parse(value);
            XmlTree.Element tolerance = a.child("tolerance");
            String tol = tolerance == null ? "0" : tolerance.text().strip();
            Double t = Numbers.parse(tol.isEmpty() ? "0" : tol);
            if (v == null) {
                out.error(a.line(), Numbers.refusal(value));
                continue;
            }
            if (t == null || t < 0) {
                out.error(a.line(), t == null ? Numbers.refusal(tol) : "the tolerance " + tol + " is negative");
                continue;
            }
            options.add(Option.number(v, t, fraction(a), feedback));
        }
        return options;
    }

    private List<Option> pairs(XmlTree.Element q) {
        List<Option> options = new ArrayList<>();
        for (XmlTree.Element s : q.all("subquestion")) {
            String left = text(s, s.line());
            String right = plain(s.textOf("answer"));
            if (right == null) {
                out.error(s.line(), "a matching item needs an answer");
                continue;
            }
            options.add(left == null ? Option.distractor(right) : Option.pair(left, right));
        }
        return options;
    }

    private List<Option> items(XmlTree.Element q) {
        List<Option> options = new ArrayList<>();
        for (XmlTree.Element a : q.all("answer")) {
            String item = text(a, a.line());
            if (item == null) {
                out.error(a.line(), "empty ordering item");
                continue;
            }
            options.add(Option.item(item));
        }
        return options;
    }

    /** An answer's fraction attribute (a percentage) as a weight; errors name the line. */
    private double fraction(XmlTree.Element a) {
        String f = a.attribute("fraction");
        if (f == null || f.isBlank()) {
            return 0;
        }
        Double percent = Numbers.parse(f.strip());
        if (percent == null || percent < -100 || percent > 100) {
            out.error(a.line(), percent == null ? Numbers.refusal(f.strip())
                    : "fraction " + Texts.excerpt(f) + " is outside -100 to 100");
            return 0;
        }
        return Numbers.fromPercent(Numbers.format(percent));
    }

    /** The Markdown of an element with a {@code format} attribute and a {@code <text>} child; null when empty. */
    private @Nullable String text(XmlTree.@Nullable Element holder, int line) {
        if (holder == null) {
            return null;
        }
        XmlTree.Element t = holder.child("text");
        if (t == null || t.text().isBlank()) {
            return null;
        }
        String raw = t.text();
        String format = String.valueOf(holder.attribute("format"));
        int at = t.line();
        return switch (format) {
            case "html" -> {
                HtmlToMarkdown.Result r = HtmlToMarkdown.convert(raw.strip());
                if (r.hasImage()) {
                    out.error(at, "HTML image (<img>) cannot be imported: Sourcewise questions have no attached files");
                }
                if (!r.markdown().equals(raw.strip())) {
                    warnOnce(at, "HTML text converted to Markdown; check the formatting"
                            + (r.droppedTags().isEmpty() ? "" : " (tags dropped, their text kept: "
                            + String.join(", ", r.droppedTags()) + ")"));
                }
                yield Texts.blankToNull(r.markdown());
            }
            case "markdown" -> raw; // Sourcewise's own: kept exactly, surrounding whitespace included
            default -> {
                if (MarkdownSyntax.mayRenderDifferently(raw.strip())) {
                    warnOnce(at, "plain or Moodle auto-format text is kept as written but shown as Markdown, so"
                            + " characters such as * _ ` [ < # may render differently; check it");
                }
                yield Texts.blankToNull(raw);
            }
        };
    }

    private final java.util.Set<String> warned = new java.util.HashSet<>();

    private void warnOnce(int line, String message) {
        if (warned.add(message)) {
            out.warning(line, message);
        }
    }

    private static @Nullable String plain(@Nullable String text) {
        return text == null ? null : Texts.blankToNull(text);
    }

    private static boolean bool(XmlTree.Element q, String name, boolean otherwise) {
        XmlTree.Element e = q.child(name);
        if (e == null) {
            return otherwise;
        }
        String v = e.text().strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("1");
    }

    private <E extends Enum<E>> @Nullable E enumValue(Class<E> type, XmlTree.@Nullable Element e) {
        if (e == null || e.text().isBlank()) {
            return null;
        }
        for (E c : type.getEnumConstants()) {
            if (c.name().equalsIgnoreCase(e.text().strip())) {
                return c;
            }
        }
        out.error(e.line(), "unknown " + e.name() + " '" + Texts.excerpt(e.text().strip()) + "'");
        return null;
    }
}
