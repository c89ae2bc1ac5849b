package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A JSON document read with Jackson's streaming parser into nodes that remember their line. Jackson's
 * own tree forgets locations, and binding stops at the first mistake; this lets the importer check the
 * whole document and report every problem with its line.
 */
final class JsonTree {

    /** A JSON value and the line it starts on. */
    sealed interface Node permits Obj, Arr, Value {
        int line();

        /** What kind of JSON value this is, for messages ("an object"). */
        Phrase kind();
    }

    /** An object; properties keep their order. */
    record Obj(int line, Map<String, Node> members) implements Node {
        public Phrase kind() {
            return Phrase.of("questions.import.problem.json.kind.object");
        }
    }

    record Arr(int line, List<Node> items) implements Node {
        public Phrase kind() {
            return Phrase.of("questions.import.problem.json.kind.array");
        }
    }

    /** A string, number, boolean or null; {@code value} is a String, Double, Long, Boolean or null. */
    record Value(int line, @Nullable Object value) implements Node {
        public Phrase kind() {
            if (value == null) {
                return Phrase.of("questions.import.problem.json.kind.null");
            }
            return Phrase.of(value instanceof String ? "questions.import.problem.json.kind.string"
                    : value instanceof Boolean ? "questions.import.problem.json.kind.boolean"
                    : "questions.import.problem.json.kind.number");
        }
    }

    private JsonTree() {
    }

    /** Reads the value at the parser's current token, reporting repeated property names. */
    static Node read(JsonParser p, ImportCollector out) {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken token = p.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Node> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    int nameLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    Node value = read(p, out);
                    if (members.putIfAbsent(name, value) != null) {
                        out.error(nameLine, "questions.import.problem.json.property-twice", name);
                    }
                }
                yield new Obj(line, members);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, out));
                }
                yield new Arr(line, items);
            }
            case VALUE_STRING -> new Value(line, p.getString());
            case VALUE_NUMBER_INT -> new Value(line, integral(p));
            case VALUE_NUMBER_FLOAT -> new Value(line, p.getDoubleValue());
            case VALUE_TRUE -> new Value(line, Boolean.TRUE);
            case VALUE_FALSE -> new Value(line, Boolean.FALSE);
            case VALUE_NULL -> new Value(line, null);
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        };
    }

    private static Object integral(JsonParser p) {
        // Huge integers fall back to a double, which the reader then refuses where a count is meant.
        // (An if, not ?:, which would promote the long to a double.)
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            return p.getDoubleValue();
        }
        return p.getLongValue();
    }
}
