package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes Sourcewise JSON. Every field is written, nulls included, so the file shows the whole schema
 * and reading it back gives equal questions. Only non-finite numbers, which JSON cannot hold, are skipped.
 */
final class JsonExporter {

    private static final JsonMapper MAPPER = JsonMapper.shared();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonExporter() {
    }

    static ExportResult write(List<QuestionSpec> specs) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", JsonImporter.FORMAT_NAME);
        root.put("version", JsonImporter.VERSION);
        ArrayNode questions = root.putArray("questions");
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            QuestionSpec spec = specs.get(i);
            boolean finite = spec.content().options().stream().allMatch(o -> finiteOrNull(o.value())
                    && finiteOrNull(o.tolerance()) && Double.isFinite(o.weight()));
            if (finite) {
                question(spec, questions.addObject());
            } else {
                skipped.add(GiftExporter.label(spec, i) + ": JSON numbers cannot be NaN or infinite");
            }
        }
        String text = MAPPER.writer().with(PRETTY).writeValueAsString(root);
        return new ExportResult(text + "\n", skipped);
    }

    private static boolean finiteOrNull(@Nullable Double d) {
        return d == null || Double.isFinite(d);
    }

    private static void question(QuestionSpec spec, ObjectNode q) {
        QuestionContent c = spec.content();
        q.put("key", spec.key());
        q.put("title", spec.title());
        q.put("type", c.type() == null ? null : c.type().name());
        q.put("stem", c.stem());
        ArrayNode options = q.putArray("options");
        for (Option o : c.options()) {
            ObjectNode n = options.addObject();
            n.put("text", o.text());
            n.put("match", o.match());
            n.put("value", o.value());
            n.put("tolerance", o.tolerance());
            n.put("weight", o.weight());
            n.put("feedback", o.feedback());
            n.put("blank", o.blank());
        }
        q.put("explanation", c.explanation());
        q.put("generalFeedback", c.generalFeedback());
        spec.claimKeys().forEach(q.putArray("claims")::add);
        q.put("category", spec.category());
        spec.tags().forEach(q.putArray("tags")::add);
        q.put("difficulty", spec.difficulty().name());
        q.put("status", spec.status().name());
    }
}
