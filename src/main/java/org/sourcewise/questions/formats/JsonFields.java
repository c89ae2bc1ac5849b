package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to one JSON object's properties for the importer: each getter reports a missing
 * required property or a value of the wrong kind at its line and path, then returns a safe default so
 * that reading carries on to the next problem.
 */
final class JsonFields {

    private final JsonTree.Obj obj;
    private final String path;
    private final ImportCollector out;

    JsonFields(JsonTree.Obj obj, String path, List<String> allowed, ImportCollector out) {
        this.obj = obj;
        this.path = path;
        this.out = out;
        obj.members().forEach((name, node) -> {
            if (!allowed.contains(name)) {
                out.error(node.line(), "questions.import.problem.json.unknown-property", where(name), String.join(", ", allowed));
            }
        });
    }

    String where(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    int line() {
        return obj.line();
    }

    JsonTree.@Nullable Node node(String name) {
        return obj.members().get(name);
    }

    /** The line of a property that is there, such as one whose value was just read. */
    int lineOf(String name) {
        return Objects.requireNonNull(node(name), name).line();
    }

    /** The string, null when absent or null; a required one must be present and not null. */
    @Nullable String string(String name, boolean required) {
        Object v = value(name, required, String.class, Phrase.of("questions.import.problem.json.kind.string"));
        return v == null ? null : (String) v;
    }

    @Nullable Double number(String name, boolean required) {
        Object v = value(name, required, Number.class, Phrase.of("questions.import.problem.json.kind.number"));
        if (v == null) {
            return null;
        }
        double d = ((Number) v).doubleValue();
        if (!Double.isFinite(d)) {
            // 1e400 reads as infinity: a file error, not a server fault
            out.error(lineOf(name), "questions.import.problem.json.number-too-large", where(name));
            return null;
        }
        return d;
    }

    /** A whole number of at least {@code min}; null when absent. */
    @Nullable Integer integer(String name, int min) {
        Object v = value(name, false, Number.class, Phrase.of("questions.import.problem.json.kind.whole-number"));
        if (v == null) {
            return null;
        }
        if (!(v instanceof Long l) || l < min || l > Integer.MAX_VALUE) {
            out.error(lineOf(name), "questions.import.problem.json.whole-number", where(name), String.valueOf(min),
                    String.valueOf(v));
            return null;
        }
        return l.intValue();
    }

    List<String> strings(String name) {
        JsonTree.Node node = node(name);
        if (node == null || node instanceof JsonTree.Value v && v.value() == null) {
            return List.of();
        }
        if (!(node instanceof JsonTree.Arr arr)) {
            out.error(node.line(), "questions.import.problem.json.must-be", where(name),
                    Phrase.of("questions.import.problem.json.kind.array-of-strings"), node.kind());
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < arr.items().size(); i++) {
            JsonTree.Node item = arr.items().get(i);
            if (item instanceof JsonTree.Value v && v.value() instanceof String s) {
                items.add(s);
            } else {
                out.error(item.line(), "questions.import.problem.json.must-be", where(name) + "[" + i + "]",
                        Phrase.of("questions.import.problem.json.kind.string"), item.kind());
            }
        }
        return items;
    }

    /** The enum constant named (in any case), null when absent. */
    <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type, boolean required) {
        String s = string(name, required);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        out.error(lineOf(name), "questions.import.problem.json.unknown-value", where(name), s, String.join(", ", names));
        return null;
    }

    private @Nullable Object value(String name, boolean required, Class<?> kind, Phrase expected) {
        JsonTree.Node node = node(name);
        if (node == null || node instanceof JsonTree.Value v && v.value() == null) {
            if (required) {
                int line = node == null ? obj.line() : node.line();
                out.error(line, node == null ? "questions.import.problem.json.missing" : "questions.import.problem.json.null",
                        where(name));
            }
            return null;
        }
        if (node instanceof JsonTree.Value v && kind.isInstance(v.value())) {
            return v.value();
        }
        out.error(node.line(), "questions.import.problem.json.must-be", where(name), expected, node.kind());
        return null;
    }
}
