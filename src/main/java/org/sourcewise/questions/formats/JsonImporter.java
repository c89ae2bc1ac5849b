package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Sourcewise JSON (schema in docs/formats.md). It is strict, since the format is ours and meant
 * to be lossless: unknown properties, wrong kinds of value and repeated properties are all errors.
 */
final class JsonImporter {

    static final String FORMAT_NAME = "sourcewise-questions";
    static final int VERSION = 1;

    private static final List<String> ROOT = List.of("format", "version", "questions");
    private static final List<String> QUESTION = List.of("key", "title", "type", "stem", "options", "explanation",
            "generalFeedback", "claims", "category", "tags", "difficulty", "status");
    private static final List<String> OPTION = List.of("text", "match", "value", "tolerance", "weight", "feedback",
            "blank");

    private JsonImporter() {
    }

    static ImportResult read(String text) {
        ImportCollector out = new ImportCollector();
        JsonTree.Node root = parse(SourceLines.withoutBom(text), out);
        if (root != null) {
            document(root, out);
        }
        return out.finish();
    }

    private static JsonTree.@Nullable Node parse(String text, ImportCollector out) {
        try (JsonParser p = JsonMapper.shared().createParser(text)) {
            if (p.nextToken() == null) {
                out.error(0, "questions.import.problem.json.empty");
                return null;
            }
            JsonTree.Node root = JsonTree.read(p, out);
            if (p.nextToken() != null) {
                out.error(p.currentTokenLocation().getLineNr(), "questions.import.problem.json.trailing");
            }
            return root;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            // Jackson's own words, in English
            out.error(line, "questions.import.problem.json.syntax", String.valueOf(e.getOriginalMessage()));
            return null;
        }
    }

    private static void document(JsonTree.Node root, ImportCollector out) {
        if (!(root instanceof JsonTree.Obj obj)) {
            out.error(root.line(), "questions.import.problem.json.document", root.kind());
            return;
        }
        JsonFields f = new JsonFields(obj, "", ROOT, out);
        String format = f.string("format", true);
        if (format != null && !format.equals(FORMAT_NAME)) {
            out.error(f.lineOf("format"), "questions.import.problem.json.format", FORMAT_NAME, format);
        }
        Double version = f.number("version", true);
        if (version != null && version != VERSION) {
            out.error(f.lineOf("version"), "questions.import.problem.json.version", Numbers.format(version),
                    String.valueOf(VERSION));
        }
        JsonTree.Node questions = f.node("questions");
        if (questions == null) {
            out.error(obj.line(), "questions.import.problem.json.missing", "questions");
        } else if (!(questions instanceof JsonTree.Arr arr)) {
            out.error(questions.line(), "questions.import.problem.json.must-be", "questions",
                    Phrase.of("questions.import.problem.json.kind.array"), questions.kind());
        } else {
            for (int i = 0; i < arr.items().size(); i++) {
                JsonTree.Node item = arr.items().get(i);
                String path = "questions[" + i + "]";
                out.guarded(item.line(), () -> question(item, path, out));
            }
        }
    }

    private static void question(JsonTree.Node node, String path, ImportCollector out) {
        if (!(node instanceof JsonTree.Obj obj)) {
            out.error(node.line(), "questions.import.problem.json.must-be", path,
                    Phrase.of("questions.import.problem.json.kind.object"), node.kind());
            return;
        }
        int errorsBefore = out.errorCount();
        JsonFields f = new JsonFields(obj, path, QUESTION, out);
        QuestionType type = f.enumValue("type", QuestionType.class, true);
        String stem = f.string("stem", true);
        List<Option> options = options(f, out);
        // every field is read, in this order, so that the author sees each problem
        String explanation = f.string("explanation", false);
        String generalFeedback = f.string("generalFeedback", false);
        String key = f.string("key", false);
        String title = f.string("title", false);
        List<String> claims = f.strings("claims");
        String category = f.string("category", false);
        List<String> tags = f.strings("tags");
        Difficulty difficulty = f.enumValue("difficulty", Difficulty.class, false);
        QuestionStatus status = f.enumValue("status", QuestionStatus.class, false);
        // a missing type or stem has been reported
        if (type != null && stem != null && out.errorCount() == errorsBefore) {
            QuestionContent content = new QuestionContent(type, stem, options, explanation, generalFeedback);
            out.question(obj.line(), new QuestionSpec(key, title, content, claims, category, tags, difficulty, status));
        }
    }

    private static List<Option> options(JsonFields question, ImportCollector out) {
        JsonTree.Node node = question.node("options");
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof JsonTree.Arr arr)) {
            out.error(node.line(), "questions.import.problem.json.must-be", question.where("options"),
                    Phrase.of("questions.import.problem.json.kind.array"), node.kind());
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < arr.items().size(); i++) {
            Option o = option(arr.items().get(i), question.where("options") + "[" + i + "]", out);
            if (o != null) {
                options.add(o);
            }
        }
        return options;
    }

    private static @Nullable Option option(JsonTree.Node node, String path, ImportCollector out) {
        if (!(node instanceof JsonTree.Obj obj)) {
            out.error(node.line(), "questions.import.problem.json.must-be", path,
                    Phrase.of("questions.import.problem.json.kind.object"), node.kind());
            return null;
        }
        JsonFields f = new JsonFields(obj, path, OPTION, out);
        Double weight = f.number("weight", false);
        if (weight != null && !(weight >= -1 && weight <= 1)) {
            out.error(f.lineOf("weight"), "questions.import.problem.json.weight-range", path + ".weight", String.valueOf(weight));
            weight = null;
        }
        String text = f.string("text", false);
        String match = f.string("match", false);
        // Weight may be left out for pairs and ordering items, whose factories use 1, and for distractors (0).
        double otherwise = text == null && match != null ? Option.distractor(match).weight() : 1.0;
        return new Option(text, match, f.number("value", false), f.number("tolerance", false),
                weight == null ? otherwise : weight, f.string("feedback", false), f.integer("blank", 1));
    }
}
