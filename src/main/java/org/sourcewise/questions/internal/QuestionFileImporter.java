package org.sourcewise.questions.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sourcewise.content.CourseImportContext;
import org.sourcewise.content.CourseImportPart;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.internal.QuestionDocs.QuestionDoc;
import org.sourcewise.questions.internal.QuestionDocs.QuestionsDoc;
import org.springframework.stereotype.Component;

/** Imports questions.yaml into the bank, after the claims and lessons it points at. */
@Component
class QuestionFileImporter implements CourseImportPart {

    static final String FILE = "questions.yaml";

    private final QuestionStore store;

    QuestionFileImporter(QuestionStore store) {
        this.store = store;
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void importFile(CourseImportContext context) {
        QuestionsDoc doc = context.read(FILE, QuestionsDoc.class);
        List<QuestionDoc> list = doc.questions() == null ? List.of() : doc.questions();
        for (int i = 0; i < list.size(); i++) {
            QuestionDoc entry = list.get(i);
            String path = "questions[" + i + "]";
            String key = entry == null ? null : entry.key();
            QuestionSpec spec;
            try {
                spec = QuestionDocConverter.convert(entry);
            } catch (QuestionDocConverter.Problem p) {
                throw context.error(FILE, path + "." + p.path, key, "question '" + key + "': " + p.getMessage());
            }
            if (context.questionIds().containsKey(spec.key())) {
                throw context.error(FILE, path + ".key", key, "the key '" + key + "' is used twice");
            }
            Set<Long> claimIds = new LinkedHashSet<>();
            for (int c = 0; c < spec.claimKeys().size(); c++) {
                Long claimId = context.claimIds().get(spec.claimKeys().get(c));
                if (claimId == null) {
                    throw context.error(FILE, path + ".claims[" + c + "]", key,
                            "question '" + key + "': the claim '" + spec.claimKeys().get(c) + "' is not in claims.yaml");
                }
                claimIds.add(claimId);
            }
            context.questionIds().put(spec.key(), store.create(context.courseId(), spec, claimIds, null));
        }
        for (String check : context.checkQuestionKeys()) {
            if (!context.questionIds().containsKey(check)) {
                throw new org.sourcewise.content.CourseFileException(context.displayName("lessons.yaml"), 0, "checks",
                        "the check-yourself question '" + check + "' is not in questions.yaml");
            }
        }
    }
}
