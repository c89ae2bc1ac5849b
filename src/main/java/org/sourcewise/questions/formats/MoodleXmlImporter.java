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
            out.error(e.line(), e.words());
            return;
        }
        if (!root.name().equals("quiz")) {
            out.error(root.line(), "questions.import.problem.moodle.not-quiz", root.name());
            return;
        }
        for (XmlTree.Element q : root.children()) {
            if (!q.name().equals("question")) {
                out.warning(q.line(), "questions.import.problem.moodle.outside-question", q.name());
                continue;
            }
            out.guarded(q.line(), () -> question(q));
        }
        if (out.questionCount() == 0 && out.errorCount() == 0) {
            out.warning(0, "questions.import.problem.no-questions");
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
            case "cloze", "multianswer" -> QuestionType.CLOZE; // Moodle writes "cloze" for its multianswer type
            default -> null;
        };
        if (kind == null) {
            out.warning(line, skipReason(type));
            return;
        }
        dropped.clear();
        referenced.clear();
        String stem;
        List<Option> blanks = List.of();
        if (kind == QuestionType.CLOZE) {
            Cloze cloze = cloze(q.child("questiontext"), line);
            if (cloze == null) {
                return; // skipped with a warning, or refused with an error, naming the line
            }
            stem = cloze.stem();
            blanks = cloze.options();
        } else {
            stem = text(q.child("questiontext"), line);
        }
        if (stem == null) {
            out.error(line, "questions.import.problem.no-text");
        }
        oldImage(q);
        String penalty = q.textOf("penalty");
        Double p = penalty == null ? null : Numbers.parse(penalty.strip());
        if (p != null && p != 0 && !penaltyWarned) {
            penaltyWarned = true;
            out.warning(line, "questions.import.problem.moodle.penalty");
        }
        List<Option> options = switch (kind) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE, SHORT_ANSWER -> choices(q, kind);
            case TRUE_FALSE -> trueFalse(q);
            case NUMERIC -> numbers(q);
            case MATCHING -> pairs(q);
            case ORDERING -> items(q);
            case CLOZE -> blanks;
            default -> List.of();
        };
        XmlTree.Element sw = q.child("sourcewise");
        String key = plain(q.textOf("idnumber"));
        // Moodle cleans a name to plain text (PARAM_TEXT): tags go, entities are read, the words stay
        String name = q.textOf("name");
        String title = plain(name == null || name.indexOf('<') < 0 ? name : org.jsoup.Jsoup.parseBodyFragment(name).text());
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
        files(q);
        if (!dropped.isEmpty()) {
            out.warning(line, "questions.import.problem.moodle.files-dropped", new Phrase.Joined(", ", dropped));
        }
        QuestionContent content = new QuestionContent(kind, stem, options, explanation, generalFeedback);
        out.question(line, new QuestionSpec(key, title, content, claims, category, tags, difficulty, status));
    }

    /** A cloze question's stem with its blanks marked {n}, and the answers of each blank. */
    private record Cloze(String stem, List<Option> options) {
    }

    // stands for blank n while the rest of the text is converted, and cannot be typed in a question file's text
    private static final char BLANK_OPEN = '\uE010';
    private static final char BLANK_CLOSE = '\uE011';
    private static final java.util.regex.Pattern LITERAL_BLANK = java.util.regex.Pattern.compile("\\{\\d+}");

    /**
     * Moodle's embedded answers as a Sourcewise cloze: each marker is a blank, marked {n} in the stem. What
     * Moodle itself refuses (no markers, a drop-down with one answer, no answer worth 100%, a number that is
     * not one) is an error, as it fails Moodle's import; what only Sourcewise cannot hold skips the question
     * with a warning: blanks worth different marks, multiple response, case-sensitive answers, a numeric
     * tolerance, a typed blank with a wrong answer (Sourcewise would offer it as a drop-down) or a drop-down
     * without one.
     */
    private @Nullable Cloze cloze(XmlTree.@Nullable Element holder, int line) {
        XmlTree.Element t = holder == null ? null : holder.child("text");
        if (holder == null || t == null || t.text().isBlank()) {
            out.error(line, "questions.import.problem.no-text");
            return null;
        }
        String raw = t.text();
        String format = String.valueOf(holder.attribute("format"));
        if (format.equals("null")) {
            format = "moodle_auto_format"; // Moodle's default when the attribute is missing
        }
        List<MoodleCloze.Marker> markers = MoodleCloze.markers(raw);
        if (markers.isEmpty()) {
            out.error(line, "questions.import.problem.moodle.cloze-none", "{1:SHORTANSWER:=Berlin}");
            return null;
        }
        boolean html = format.equals("html") || format.equals("moodle_auto_format") && HTML_TAG.matcher(raw).find();
        List<Option> options = new ArrayList<>();
        List<Phrase> cannot = new ArrayList<>();
        int errorsBefore = out.errorCount();
        StringBuilder marked = new StringBuilder();
        int last = 0;
        int at = t.line(); // counted on from marker to marker, so a text of many markers costs linear time
        for (int n = 1; n <= markers.size(); n++) {
            MoodleCloze.Marker m = markers.get(n - 1);
            for (int c = last; c < m.start(); c++) {
                at += raw.charAt(c) == '\n' ? 1 : 0;
            }
            marked.append(raw, last, m.start()).append(BLANK_OPEN).append(n).append(BLANK_CLOSE);
            last = m.end();
            options.addAll(blank(n, m, at, html, format, cannot));
        }
        marked.append(raw, last, raw.length());
        if (out.errorCount() > errorsBefore) {
            return null;
        }
        List<String> marks = markers.stream().map(m -> m.mark() == null ? "1" : m.mark().replaceFirst("^0+(?=\\d)", ""))
                .distinct().toList();
        if (marks.size() > 1) {
            cannot.add(0, Phrase.of("questions.import.problem.moodle.cloze.marks", String.join(", ", marks)));
        }
        String converted = convert(marked.toString(), format, t.line());
        String stem = converted == null ? "" : converted;
        if (LITERAL_BLANK.matcher(stem).find()) {
            cannot.add(Phrase.of("questions.import.problem.moodle.cloze.literal-blank", "{n}"));
        }
        // one pass: each placeholder becomes {n}, and a blank whose placeholder the conversion lost is noted
        boolean[] seen = new boolean[markers.size() + 1];
        StringBuilder withBlanks = new StringBuilder(stem.length());
        for (int i = 0; i < stem.length(); i++) {
            int close = stem.charAt(i) == BLANK_OPEN ? stem.indexOf(BLANK_CLOSE, i) : -1;
            if (close < 0) {
                withBlanks.append(stem.charAt(i));
                continue;
            }
            int n = Integer.parseInt(stem.substring(i + 1, close));
            seen[n] = true;
            withBlanks.append('{').append(n).append('}');
            i = close;
        }
        stem = withBlanks.toString();
        for (int n = 1; n <= markers.size(); n++) {
            if (!seen[n]) {
                cannot.add(Phrase.of("questions.import.problem.moodle.cloze.blank-in-html", String.valueOf(n),
                        MoodleCloze.describe(markers.get(n - 1))));
            }
        }
        if (!cannot.isEmpty()) {
            out.warning(line, "questions.import.problem.moodle.cloze-skipped", new Phrase.Joined("; ", cannot));
            return null;
        }
        return new Cloze(stem, options);
    }

    /** The answers of blank {@code n}; Moodle's own refusals are errors, what Sourcewise cannot hold goes in {@code cannot}. */
    private List<Option> blank(int n, MoodleCloze.Marker m, int at, boolean html, String format, List<Phrase> cannot) {
        String type = m.type();
        Phrase which = Phrase.of("questions.import.problem.moodle.blank", String.valueOf(n), MoodleCloze.describe(m));
        boolean choice = MoodleCloze.DROP_DOWN.contains(type) || MoodleCloze.CHOICE_BUTTONS.contains(type)
                || MoodleCloze.MULTI_RESPONSE.contains(type);
        // Moodle's own checks (qtype_multianswer_validate_question): it refuses the file
        if (choice && m.alternatives().size() < 2) {
            out.error(at, "questions.import.problem.moodle.cloze.two-choices", which);
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        boolean full = false;
        boolean positive = false;
        for (MoodleCloze.Alternative a : m.alternatives()) {
            double weight;
            try {
                weight = MoodleCloze.weight(a);
            } catch (NumberFormatException e) {
                out.error(at, "questions.import.problem.moodle.cloze.credit-nan", which,
                        Texts.excerpt(String.valueOf(a.credit())));
                continue;
            }
            if (weight < -1 || weight > 1) {
                out.error(at, "questions.import.problem.moodle.cloze.credit-range", which, String.valueOf(a.credit()));
                continue;
            }
            full |= weight == 1;
            positive |= weight > 0;
            String answer = clozeAnswer(a.answer(), html);
            String feedback = a.feedback() == null ? null : clozeFeedback(a.feedback(), format, at);
            if (MoodleCloze.NUMERICAL.contains(type)) {
                java.util.regex.Matcher number = NUMERICAL_ANSWER.matcher(answer.strip());
                if (answer.strip().equals("*")) {
                    out.warning(at, "questions.import.problem.moodle.cloze.catch-all", which);
                    continue;
                }
                if (!number.matches()) {
                    out.error(at, "questions.import.problem.moodle.cloze.not-number", which, Texts.excerpt(answer.strip()));
                    continue;
                }
                Double tolerance = number.group(2) == null ? null : Numbers.parse(number.group(2).replace(',', '.'));
                if (tolerance != null && tolerance != 0) {
                    cannot.add(Phrase.of("questions.import.problem.moodle.cloze.tolerance", which, number.group(1),
                            number.group(2)));
                }
                answer = number.group(1);
            } else if (!choice && AnswerPattern.onlyWildcards(answer)) {
                out.warning(at, "questions.import.problem.moodle.cloze.catch-all", which);
                continue;
            }
            if (answer.isBlank()) {
                out.error(at, "questions.import.problem.moodle.cloze.empty-answer", which);
                continue;
            }
            options.add(Option.blankAnswer(n, answer.strip(), weight, feedback));
        }
        if (!m.alternatives().isEmpty() && !(MoodleCloze.MULTI_RESPONSE.contains(type) ? positive : full)) {
            out.error(at, "questions.import.problem.moodle.cloze.no-full", which);
        }
        boolean anyWrong = options.stream().anyMatch(o -> o.weight() <= 0);
        if (MoodleCloze.MULTI_RESPONSE.contains(type)) {
            cannot.add(Phrase.of("questions.import.problem.moodle.cloze.multi-response", which));
        } else if (MoodleCloze.SHORT_ANSWER_CASE.contains(type)) {
            cannot.add(Phrase.of("questions.import.problem.moodle.cloze.case", which));
        } else if (choice && !anyWrong) {
            cannot.add(Phrase.of("questions.import.problem.moodle.cloze.no-wrong-choice", which));
        } else if (!choice && anyWrong) {
            cannot.add(Phrase.of("questions.import.problem.moodle.cloze.wrong-answer", which));
        } else if (MoodleCloze.CHOICE_BUTTONS.contains(type)) {
            warnOnce(at, "questions.import.problem.moodle.buttons", type);
        }
        return options;
    }

    // Moodle's NUMERICAL_ALTERNATIVE_REGEX: a number, then optionally ':' and a tolerance
    private static final String NUMBER = "-?(?:[0-9]+[.,]?[0-9]*|[.,][0-9]+)(?:[eE][-+]?[0-9]+)?";
    private static final java.util.regex.Pattern NUMERICAL_ANSWER =
            java.util.regex.Pattern.compile("(" + NUMBER + ")(?::(" + NUMBER + "))?");

    /** An embedded answer as text: Moodle decodes its entities and {@code \}} {@code \#}; HTML tags go, their text stays. */
    private static String clozeAnswer(String raw, boolean html) {
        String unescaped = MoodleCloze.unescape(raw);
        return html ? org.jsoup.Jsoup.parseBodyFragment(unescaped).text()
                : org.jsoup.parser.Parser.unescapeEntities(unescaped, false);
    }

    private @Nullable String clozeFeedback(String raw, String format, int at) {
        String unescaped = MoodleCloze.unescape(raw);
        if (unescaped.isBlank()) {
            return null;
        }
        return format.equals("markdown") || format.equals("plain_text")
                ? org.jsoup.parser.Parser.unescapeEntities(unescaped, false)
                : convert(unescaped, format, at);
    }

    private static Phrase skipReason(String type) {
        return switch (type) {
            case "description" -> Phrase.of("questions.import.problem.moodle.description-skipped");
            default -> Phrase.of("questions.import.problem.moodle.type-skipped", Texts.excerpt(type));
        };
    }

    private List<Option> choices(XmlTree.Element q, QuestionType kind) {
        if (kind == QuestionType.SHORT_ANSWER && bool(q, "usecase", false)) {
            out.warning(q.line(), "questions.import.problem.moodle.usecase");
        }
        List<Option> options = new ArrayList<>();
        for (XmlTree.Element a : q.all("answer")) {
            double weight = fraction(a);
            String answer = kind == QuestionType.SHORT_ANSWER ? plain(a.textOf("text"))
                    : text(a, a.line());
            String feedback = text(a.child("feedback"), a.line());
            if (answer == null) {
                out.error(a.line(), "questions.import.problem.empty-answer");
                continue;
            }
            if (kind == QuestionType.SHORT_ANSWER && AnswerPattern.onlyWildcards(answer)) {
                out.warning(a.line(), "questions.import.problem.short-catch-all");
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
                out.error(a.line(), "questions.import.problem.moodle.true-false-answer", Texts.excerpt(t));
            }
        }
        if (yes == null || no == null) {
            out.error(q.line(), "questions.import.problem.moodle.true-false-both");
            return List.of();
        }
        return List.of(yes, no);
    }

    private List<Option> numbers(XmlTree.Element q) {
        XmlTree.Element units = q.child("units");
        if (units != null && !units.all("unit").isEmpty()) {
            out.warning(units.line(), "questions.import.problem.moodle.units");
        }
        List<Option> options = new ArrayList<>();
        for (XmlTree.Element a : q.all("answer")) {
            String value = Objects.toString(plain(a.textOf("text")), "");
            String feedback = text(a.child("feedback"), a.line());
            if (value.equals("*") || value.equals("null")) {
                out.warning(a.line(), "questions.import.problem.numeric-catch-all");
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
                out.error(a.line(), t == null ? Numbers.refusal(tol)
                        : Phrase.of("questions.import.problem.moodle.tolerance-negative", tol));
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
                out.error(s.line(), "questions.import.problem.moodle.matching-answer");
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
                out.error(a.line(), "questions.import.problem.moodle.ordering-empty");
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
                    : Phrase.of("questions.import.problem.moodle.fraction-range", Texts.excerpt(f)));
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
        return convert(t.text(), String.valueOf(holder.attribute("format")), t.line());
    }

    /** Text in one of Moodle's formats as Markdown; pictures and attached files are noted in {@link #dropped}. */
    private @Nullable String convert(String raw, String format, int at) {
        if (format.equals("null")) {
            format = "moodle_auto_format"; // Moodle's default when a text has no format attribute
        }
        if (format.equals("moodle_auto_format") && HTML_TAG.matcher(raw).find()) {
            // Moodle's auto-format shows HTML tags as HTML and line breaks as line breaks (text_to_html)
            raw = raw.strip().replaceAll("\\R", "<br>\n");
            format = "html";
        }
        return switch (format) {
            case "html" -> {
                HtmlToMarkdown.Result r = HtmlToMarkdown.convert(raw.strip());
                for (HtmlToMarkdown.DroppedFile f : r.files()) {
                    if (!referenced.contains(f.name())) {
                        referenced.add(f.name());
                        dropped.add(f.describe());
                    }
                }
                if (!r.markdown().equals(raw.strip())) {
                    if (r.droppedTags().isEmpty()) {
                        warnOnce(at, "questions.import.problem.moodle.html-converted");
                    } else {
                        warnOnce(at, "questions.import.problem.moodle.html-converted-tags", String.join(", ", r.droppedTags()));
                    }
                }
                yield Texts.blankToNull(r.markdown());
            }
            case "markdown" -> raw; // Sourcewise's own: kept exactly, surrounding whitespace included
            default -> {
                if (MarkdownSyntax.mayRenderDifferently(raw.strip())) {
                    warnOnce(at, "questions.import.problem.moodle.text-markdown");
                }
                yield Texts.blankToNull(raw);
            }
        };
    }

    private final java.util.Set<Phrase> warned = new java.util.HashSet<>();
    /** The pictures and files of the question being read, as its warning lists them. */
    private final List<Phrase> dropped = new ArrayList<>();
    private final java.util.Set<String> referenced = new java.util.HashSet<>();
    private static final java.util.regex.Pattern HTML_TAG = java.util.regex.Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*[\\s/>]");

    /** Files embedded ({@code <file name="..." encoding="base64">}) but not referred to by any text: listed too. */
    private void files(XmlTree.Element e) {
        if (e.name().equals("file")) {
            String name = Objects.toString(e.attribute("name"), "(no name)");
            if (referenced.add(name)) {
                dropped.add(Phrase.of("questions.import.problem.file", Texts.excerpt(name)));
            }
            return;
        }
        for (XmlTree.Element c : e.children()) {
            if (!c.name().equals("sourcewise")) {
                files(c);
            }
        }
    }

    /** Moodle 1.9's picture beside the question text ({@code <image>}, {@code <image_base64>}). */
    private void oldImage(XmlTree.Element q) {
        String image = plain(q.textOf("image"));
        if (image != null && referenced.add(image)) {
            dropped.add(Phrase.of("questions.import.problem.moodle.old-image", Texts.excerpt(image)));
        }
    }

    private void warnOnce(int line, String key, Object... params) {
        Phrase words = Phrase.of(key, params);
        if (warned.add(words)) {
            out.warning(line, words);
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
        out.error(e.line(), type == Difficulty.class ? "questions.import.problem.moodle.unknown-difficulty"
                : "questions.import.problem.moodle.unknown-status", Texts.excerpt(e.text().strip()));
        return null;
    }
}
