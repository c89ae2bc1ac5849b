package org.sourcewise.questions.formats;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionType;

/**
 * Writes Moodle XML that Moodle's import reads: texts in Moodle's {@code markdown} format, category
 * questions where the category changes, the key as {@code idnumber}, tags, and Sourcewise's own fields
 * in a {@code <sourcewise>} element. Each question is read back first; one that would not come back
 * equal, field by field, is skipped with the reason. A cloze is written as Moodle's {@code cloze}
 * (multianswer) question, its blanks as embedded answers in the question text.
 */
final class MoodleXmlExporter {

    private MoodleXmlExporter() {
    }

    static ExportResult write(List<QuestionSpec> specs) {
        StringBuilder text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        List<String> skipped = new ArrayList<>();
        String category = null;
        for (int i = 0; i < specs.size(); i++) {
            QuestionSpec spec = specs.get(i);
            String block = question(spec);
            String categoryBlock = Objects.equals(spec.category(), category) ? "" : categoryQuestion(spec.category());
            String reason = readBack(spec, block);
            if (reason != null) {
                skipped.add(GiftExporter.label(spec, i) + ": " + reason);
                continue;
            }
            category = spec.category();
            text.append(categoryBlock).append(block);
        }
        return new ExportResult(text.append("</quiz>\n").toString(), skipped);
    }

    private static @Nullable String readBack(QuestionSpec spec, String block) {
        String categoryBlock = categoryQuestion(spec.category());
        try {
            ImportResult read = MoodleXmlImporter.read("<quiz>\n" + categoryBlock + block + "</quiz>\n");
            List<QuestionSpec> back = read.questions();
            if (back.isEmpty() && !read.warnings().isEmpty()) {
                return "Moodle XML would skip it (" + read.warnings().getLast().message() + ")";
            }
            if (back.size() != 1) {
                return "Moodle XML would read it as " + back.size() + " questions";
            }
            String diff = SpecDiff.first(spec, back.get(0));
            return diff == null ? null : "Moodle XML cannot carry it exactly (" + diff + ")";
        } catch (ImportException e) {
            return "Moodle XML cannot carry it (" + e.errors().get(0).message() + ")";
        }
    }

    private static String categoryQuestion(@Nullable String category) {
        return xml(w -> {
            w.writeStartElement("question");
            w.writeAttribute("type", "category");
            w.writeStartElement("category");
            element(w, "text", "$course$/top" + (category == null ? "" : "/" + category));
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private static String question(QuestionSpec spec) {
        return xml(w -> {
            w.writeStartElement("question");
            w.writeAttribute("type", switch (spec.type()) {
                case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "multichoice";
                case TRUE_FALSE -> "truefalse";
                case SHORT_ANSWER -> "shortanswer";
                case NUMERIC -> "numerical";
                case MATCHING -> "matching";
                case ORDERING -> "ordering";
                case ESSAY -> "essay";
                case CLOZE -> "cloze"; // Moodle's multianswer, as Moodle's own export names it
            });
            w.writeStartElement("name");
            element(w, "text", spec.title() == null ? "" : spec.title());
            w.writeEndElement();
            markdown(w, "questiontext", spec.type() == QuestionType.CLOZE ? embedded(spec) : spec.content().stem());
            markdown(w, "generalfeedback", spec.content().generalFeedback());
            element(w, "penalty", "0");
            element(w, "idnumber", spec.key() == null ? "" : spec.key());
            switch (spec.type()) {
                case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
                    element(w, "single", spec.type() == QuestionType.SINGLE_CHOICE ? "true" : "false");
                    for (Option o : spec.content().options()) {
                        answer(w, o.weight(), "markdown", Objects.toString(o.text(), ""), o.feedback(), null);
                    }
                }
                case TRUE_FALSE -> {
                    for (Option o : spec.content().options()) {
                        answer(w, o.weight(), "moodle_auto_format", Objects.toString(o.text(), "").toLowerCase(Locale.ROOT),
                                o.feedback(), null);
                    }
                }
                case SHORT_ANSWER -> {
                    for (Option o : spec.content().options()) {
                        answer(w, o.weight(), "moodle_auto_format", Objects.toString(o.text(), ""), o.feedback(), null);
                    }
                }
                case NUMERIC -> {
                    for (Option o : spec.content().options()) {
                        answer(w, o.weight(), "moodle_auto_format", o.value() == null ? "" : Numbers.format(o.value()),
                                o.feedback(), o.tolerance() == null ? "0" : Numbers.format(o.tolerance()));
                    }
                }
                case MATCHING -> {
                    for (Option o : spec.content().options()) {
                        w.writeStartElement("subquestion");
                        w.writeAttribute("format", "markdown");
                        element(w, "text", Objects.toString(o.text(), ""));
                        w.writeStartElement("answer");
                        element(w, "text", Objects.toString(o.match(), ""));
                        w.writeEndElement();
                        w.writeEndElement();
                    }
                }
                case ORDERING -> {
                    for (Option o : spec.content().options()) {
                        answer(w, 1, "markdown", Objects.toString(o.text(), ""), null, null);
                    }
                }
                default -> {
                    // essay: no answers
                }
            }
            if (!spec.tags().isEmpty()) {
                w.writeStartElement("tags");
                for (String tag : spec.tags()) {
                    w.writeStartElement("tag");
                    element(w, "text", tag);
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeStartElement("sourcewise");
            w.writeStartElement("claims");
            for (String claim : spec.claimKeys()) {
                element(w, "claim", claim);
            }
            w.writeEndElement();
            element(w, "difficulty", spec.difficulty().name().toLowerCase(Locale.ROOT));
            element(w, "status", spec.status().name().toLowerCase(Locale.ROOT));
            markdown(w, "explanation", spec.content().explanation());
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private static final java.util.regex.Pattern BLANK = java.util.regex.Pattern.compile("\\{(\\d{1,6})}");

    /**
     * The stem with each blank {n} written as Moodle's embedded answers, every blank worth 1 mark (Sourcewise
     * gives each an equal share): a drop-down blank (one listing a wrong answer) as MULTICHOICE, a typed one as
     * SHORTANSWER. What Moodle's syntax cannot carry (a '~' in an answer, say) is caught by the read-back check.
     */
    private static String embedded(QuestionSpec spec) {
        List<Option> options = spec.content().options();
        java.util.regex.Matcher m = BLANK.matcher(spec.content().stem());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            List<Option> answers = options.stream().filter(o -> Integer.valueOf(n).equals(o.blank())).toList();
            boolean dropDown = answers.stream().anyMatch(o -> o.weight() <= 0);
            StringBuilder marker = new StringBuilder("{1:").append(dropDown ? "MULTICHOICE" : "SHORTANSWER").append(':');
            for (int i = 0; i < answers.size(); i++) {
                Option o = answers.get(i);
                marker.append(i == 0 ? "" : "~").append(o.weight() == 1 ? "=" : "%" + Numbers.percent(o.weight()) + "%")
                        .append(MoodleCloze.escape(Objects.toString(o.text(), "")));
                if (o.feedback() != null) {
                    marker.append('#').append(MoodleCloze.escape(o.feedback()));
                }
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(marker.append('}').toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void answer(XMLStreamWriter w, double weight, String format, String text, @Nullable String feedback,
                               @Nullable String tolerance) throws XMLStreamException {
        w.writeStartElement("answer");
        w.writeAttribute("fraction", Numbers.percent(weight));
        w.writeAttribute("format", format);
        element(w, "text", text);
        if (tolerance != null) {
            element(w, "tolerance", tolerance);
        }
        markdown(w, "feedback", feedback);
        w.writeEndElement();
    }

    private static void markdown(XMLStreamWriter w, String name, @Nullable String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeAttribute("format", "markdown");
        element(w, "text", text == null ? "" : text);
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private interface Writing {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String xml(Writing writing) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            writing.write(w);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string failed", e);
        }
        return out + "\n";
    }
}
