package org.sourcewise.questions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything that stops a question from being saved from the editor, each problem with the field it
 * belongs to: the content rules of {@link QuestionValidator} (under the stem or the answers), plus the
 * bank's own: a key, at least one claim of the course, an explanation before publishing, and the
 * column sizes. Pure: the course's claim keys are passed in.
 */
public final class QuestionChecks {

    // column sizes of V1__schema.sql
    static final int MAX_KEY = 60;
    static final int MAX_TITLE = 200;
    static final int MAX_CATEGORY = 200;
    static final int MAX_TAG = 60;
    static final int MAX_TEXT = 32000;

    private QuestionChecks() {
    }

    public static List<FieldProblem> check(QuestionSpec spec, Collection<String> courseClaimKeys) {
        List<FieldProblem> problems = new ArrayList<>();
        if (spec.key() == null || spec.key().isBlank()) {
            problems.add(FieldProblem.of(FieldProblem.KEY, "questions.problem.key-missing"));
        } else if (spec.key().strip().length() > MAX_KEY) {
            problems.add(tooLong(FieldProblem.KEY, "questions.problem.key-too-long", spec.key().strip(), MAX_KEY));
        } else if (!spec.key().strip().matches("[\\p{L}\\p{N}._-]+")) {
            problems.add(FieldProblem.of(FieldProblem.KEY, "questions.problem.key-characters"));
        }
        if (spec.title() != null && spec.title().length() > MAX_TITLE) {
            problems.add(tooLong(FieldProblem.TITLE, "questions.problem.title-too-long", spec.title(), MAX_TITLE));
        }
        if (spec.category() != null && spec.category().length() > MAX_CATEGORY) {
            problems.add(tooLong(FieldProblem.CATEGORY, "questions.problem.category-too-long", spec.category(), MAX_CATEGORY));
        }
        for (String tag : spec.tags()) {
            if (tag.length() > MAX_TAG) {
                problems.add(FieldProblem.of(FieldProblem.TAGS, "questions.problem.tag-too-long", tag, tag.length(), MAX_TAG));
            }
        }
        QuestionContent content = spec.content();
        for (QuestionValidator.Problem problem : QuestionValidator.problems(content)) {
            String field = content == null || content.type() == null ? FieldProblem.TYPE
                    : problem.key().contains("stem") ? FieldProblem.STEM : FieldProblem.ANSWERS;
            problems.add(FieldProblem.of(field, problem.key(), problem.paramArray()));
        }
        if (content != null) {
            if (content.stem() != null && content.stem().length() > MAX_TEXT) {
                problems.add(tooLong(FieldProblem.STEM, "questions.problem.stem-too-long", content.stem(), MAX_TEXT));
            }
            if (content.explanation() != null && content.explanation().length() > MAX_TEXT) {
                problems.add(tooLong(FieldProblem.EXPLANATION, "questions.problem.explanation-too-long", content.explanation(), MAX_TEXT));
            }
            if (content.generalFeedback() != null && content.generalFeedback().length() > MAX_TEXT) {
                problems.add(tooLong(FieldProblem.GENERAL_FEEDBACK,
                        "questions.problem.general-feedback-too-long", content.generalFeedback(), MAX_TEXT));
            }
            boolean noExplanation = content.explanation() == null || content.explanation().isBlank();
            if (noExplanation && spec.status() == QuestionStatus.PUBLISHED) {
                problems.add(FieldProblem.of(FieldProblem.EXPLANATION, "questions.problem.publish-needs-explanation"));
            }
        }
        if (spec.claimKeys().isEmpty()) {
            problems.add(FieldProblem.of(FieldProblem.CLAIMS, "questions.problem.claims-missing"));
        }
        Set<String> known = new HashSet<>(courseClaimKeys);
        for (String claim : spec.claimKeys()) {
            if (!known.contains(claim)) {
                problems.add(FieldProblem.of(FieldProblem.CLAIMS, "questions.problem.claim-unknown", claim));
            }
        }
        return problems;
    }

    /** A text longer than its column: the key's words say which, how long it is and how much fits. */
    private static FieldProblem tooLong(String field, String key, String value, int max) {
        return FieldProblem.of(field, key, value.length(), max);
    }
}
