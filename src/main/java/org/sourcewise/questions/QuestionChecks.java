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
            problems.add(new FieldProblem(FieldProblem.KEY, "give the question a key, such as q-rail-03"));
        } else if (spec.key().strip().length() > MAX_KEY) {
            problems.add(new FieldProblem(FieldProblem.KEY, tooLong("the key", spec.key().strip(), MAX_KEY)));
        } else if (!spec.key().strip().matches("[\\p{L}\\p{N}._-]+")) {
            problems.add(new FieldProblem(FieldProblem.KEY, "a key may hold letters, digits, '-', '_' and '.' only, no spaces"));
        }
        if (spec.title() != null && spec.title().length() > MAX_TITLE) {
            problems.add(new FieldProblem(FieldProblem.TITLE, tooLong("the title", spec.title(), MAX_TITLE)));
        }
        if (spec.category() != null && spec.category().length() > MAX_CATEGORY) {
            problems.add(new FieldProblem(FieldProblem.CATEGORY, tooLong("the category", spec.category(), MAX_CATEGORY)));
        }
        for (String tag : spec.tags()) {
            if (tag.length() > MAX_TAG) {
                problems.add(new FieldProblem(FieldProblem.TAGS, tooLong("the tag '" + tag + "'", tag, MAX_TAG)));
            }
        }
        QuestionContent content = spec.content();
        for (String problem : QuestionValidator.validate(content)) {
            String field = content == null || content.type() == null ? FieldProblem.TYPE
                    : problem.contains("stem") ? FieldProblem.STEM : FieldProblem.ANSWERS;
            problems.add(new FieldProblem(field, capitalise(problem) + "."));
        }
        if (content != null) {
            if (content.stem() != null && content.stem().length() > MAX_TEXT) {
                problems.add(new FieldProblem(FieldProblem.STEM, tooLong("the stem", content.stem(), MAX_TEXT)));
            }
            if (content.explanation() != null && content.explanation().length() > MAX_TEXT) {
                problems.add(new FieldProblem(FieldProblem.EXPLANATION, tooLong("the explanation", content.explanation(), MAX_TEXT)));
            }
            if (content.generalFeedback() != null && content.generalFeedback().length() > MAX_TEXT) {
                problems.add(new FieldProblem(FieldProblem.GENERAL_FEEDBACK,
                        tooLong("the general feedback", content.generalFeedback(), MAX_TEXT)));
            }
            boolean noExplanation = content.explanation() == null || content.explanation().isBlank();
            if (noExplanation && spec.status() == QuestionStatus.PUBLISHED) {
                problems.add(new FieldProblem(FieldProblem.EXPLANATION, "A published question needs an explanation"
                        + " saying why the answer is right. Write one, or save the question as a draft."));
            }
        }
        if (spec.claimKeys().isEmpty()) {
            problems.add(new FieldProblem(FieldProblem.CLAIMS, "Link the question to at least one claim it tests."));
        }
        Set<String> known = new HashSet<>(courseClaimKeys);
        for (String claim : spec.claimKeys()) {
            if (!known.contains(claim)) {
                problems.add(new FieldProblem(FieldProblem.CLAIMS, "This course has no claim '" + claim + "'."));
            }
        }
        return problems;
    }

    private static String tooLong(String what, String value, int max) {
        return capitalise(what) + " is " + value.length() + " characters long; at most " + max + " fit.";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
