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
                out.error(0, "the file is empty");
                return null;
            }
            JsonTree.Node root = JsonTree.read(p, out);
            if (p.nextToken() != null) {
                out.error(p.currentTokenLocation().getLineNr(), "unexpected content after the end of the document");
            }
            return root;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            out.error(line, "JSON syntax error: " + e.getOriginalMessage());
            return null;
        }
    }

    private static void document(JsonTree.Node root, ImportCollector out) {
        if (!(root instanceof JsonTree.Obj obj)) {
            out.error(root.line(), "the document must be an object with format, version and questions, not " + root.kind());
            return;
        }
        JsonFields f = new JsonFields(obj, "", ROOT, out);
        String format = f.string("format", true);
        if (format != null && !format.equals(FORMAT_NAME)) {
            out.error(f.lineOf("format"), "format must be \"" + FORMAT_NAME + "\", was \"" + format + "\"");
        }
        Double version = f.number("version", true);
        if (version != null && version != VERSION) {
            out.error(f.lineOf("version"), "version " + Numbers.format(version) + " is not supported; this Sourcewise reads version "
                    + VERSION);
        }
        JsonTree.Node questions = f.node("questions");
        if (questions == null) {
            out.error(obj.line(), "questions is missing");
        } else if (!(questions instanceof JsonTree.Arr arr)) {
            out.error(questions.line(), "questions must be an array, not " + questions.kind());
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
            out.error(node.line(), path + " must be an object, not " + node.kind());
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
            out.error(node.line(), question.where("options") + " must be an array, not " + node.kind());
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
            out.error(node.line(), path + " must be an object, not " + node.kind());
            return null;
        }
        JsonFields f = new JsonFields(obj, path, OPTION, out);
        Double weight = f.number("weight", false);
        if (weight != null && !(weight >= -1 && weight <= 1)) {
            out.error(f.lineOf("weight"), path + ".weight must lie between -1 and 1, was " + weight);
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
