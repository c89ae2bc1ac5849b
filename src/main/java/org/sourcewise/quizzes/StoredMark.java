package org.sourcewise.quizzes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.internal.MarkRow;

/**
 * One question of a submitted attempt with what the staff reports need of its answer: whether there is
 * one and, for choice questions, the options picked in authored order. An attempt's marks are stored
 * as one line of text ({@link #encode}) so that the statistics of thousands of attempts read one row
 * per attempt; the line holds numbers only, so it needs no escaping.
 *
 * @param slotId       the quiz slot the question came from, null if that slot was deleted
 * @param score        the mark, null when not marked
 * @param needsGrading true while an essay waits for a teacher's grade
 * @param chosen       the options picked, in authored order; empty for other types
 */
record StoredMark(int position, @Nullable Long slotId, long questionId, long versionId, double points, @Nullable Double score,
                  boolean needsGrading, boolean answered, Set<Integer> chosen) {

    StoredMark {
        chosen = Set.copyOf(chosen);
    }

    static StoredMark of(MarkRow row, QuestionContent content) {
        List<String> answer = row.answer() == null ? List.of() : StoredAttempts.readAnswer(row.answer());
        boolean answered = answer.stream().anyMatch(v -> v != null && !v.isBlank());
        return new StoredMark(row.position(), row.slotId(), row.questionId(), row.questionVersionId(), row.points(), row.score(),
                Boolean.TRUE.equals(row.needsGrading()), answered,
                chosen(content.type(), content.options().size(), answer));
    }

    /** The options an answer picks, in authored order; empty for other types or an answer that is not a valid pick. */
    private static Set<Integer> chosen(QuestionType type, int optionCount, List<String> answer) {
        if (!type.hasChoices()) {
            return Set.of();
        }
        List<String> values = answer.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        if (values.isEmpty()) {
            return Set.of();
        }
        if (type == QuestionType.TRUE_FALSE) {
            // stored as "true"/"false"; the options are True then False (QuestionValidator)
            if (values.size() != 1) {
                return Set.of();
            }
            return switch (values.getFirst().toLowerCase()) {
                case "true" -> Set.of(0);
                case "false" -> optionCount > 1 ? Set.of(1) : Set.of();
                default -> Set.of();
            };
        }
        if (type == QuestionType.SINGLE_CHOICE && values.size() != 1) {
            return Set.of();
        }
        Set<Integer> picks = new HashSet<>();
        for (String v : values) {
            try {
                int i = Integer.parseInt(v);
                if (i < 0 || i >= optionCount) {
                    return Set.of();
                }
                picks.add(i);
            } catch (NumberFormatException e) {
                return Set.of();
            }
        }
        return picks;
    }

    /** Questions separated by ';', fields by ','; options picked joined by '+'. */
    static String encode(List<StoredMark> marks) {
        StringBuilder out = new StringBuilder(marks.size() * 40);
        for (StoredMark m : marks) {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(m.position).append(',').append(m.slotId == null ? "" : m.slotId).append(',').append(m.questionId)
                    .append(',').append(m.versionId).append(',').append(m.points).append(',')
                    .append(m.score == null ? "" : m.score).append(',')
                    .append(m.needsGrading ? "g" : "").append(m.answered ? "a" : "").append(',');
            boolean first = true;
            for (int option : new TreeSet<>(m.chosen)) {
                out.append(first ? "" : "+").append(option);
                first = false;
            }
        }
        return out.toString();
    }

    /** The marks of {@link #encode}; an IllegalArgumentException for anything else. */
    static List<StoredMark> decode(String line) {
        // by hand rather than with split: statistics decode a hundred thousand of these a call
        List<StoredMark> marks = new ArrayList<>();
        int start = 0;
        while (start < line.length()) {
            int end = line.indexOf(';', start);
            end = end < 0 ? line.length() : end;
            marks.add(decodeOne(line, start, end));
            start = end + 1;
        }
        return marks;
    }

    private static StoredMark decodeOne(String line, int start, int end) {
        int[] cut = new int[8];
        int fields = 0;
        cut[fields++] = start;
        for (int i = start; i < end; i++) {
            if (line.charAt(i) == ',') {
                if (fields == 8) {
                    fields++;
                    break;
                }
                cut[fields++] = i + 1;
            }
        }
        if (fields != 8) {
            throw new IllegalArgumentException("stored marks need 8 fields: " + line.substring(start, end));
        }
        String flags = line.substring(cut[6], cut[7] - 1);
        try {
            return new StoredMark(Integer.parseInt(line, cut[0], cut[1] - 1, 10),
                    cut[2] - 1 == cut[1] ? null : Long.parseLong(line, cut[1], cut[2] - 1, 10),
                    Long.parseLong(line, cut[2], cut[3] - 1, 10), Long.parseLong(line, cut[3], cut[4] - 1, 10),
                    Double.parseDouble(line.substring(cut[4], cut[5] - 1)),
                    cut[6] - 1 == cut[5] ? null : Double.valueOf(line.substring(cut[5], cut[6] - 1)),
                    flags.indexOf('g') >= 0, flags.indexOf('a') >= 0, options(line, cut[7], end));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("stored marks hold a number that is not one: " + line.substring(start, end), e);
        }
    }

    private static Set<Integer> options(String line, int start, int end) {
        if (start == end) {
            return Set.of();
        }
        int plus = line.indexOf('+', start);
        if (plus < 0 || plus >= end) {
            return Set.of(Integer.parseInt(line, start, end, 10));
        }
        Set<Integer> chosen = new TreeSet<>();
        for (int from = start; from < end; ) {
            int to = line.indexOf('+', from);
            to = to < 0 || to > end ? end : to;
            chosen.add(Integer.parseInt(line, from, to, 10));
            from = to + 1;
        }
        return chosen;
    }
}
