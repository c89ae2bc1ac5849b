package org.sourcewise.content;

import java.util.List;

/** A lesson with its claims in teaching order, key terms and check-yourself question keys. */
public record LessonInfo(long id, long courseId, String key, int ordinal, String title, String introduction,
                         List<KeyTerm> terms, List<String> checkQuestionKeys, List<ClaimInfo> claims) {

    public record KeyTerm(String term, String definition) {
    }
}
