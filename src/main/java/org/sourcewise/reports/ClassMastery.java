package org.sourcewise.reports;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.classes.ClassInfo;

/**
 * A class's claim mastery, weakest claim first ({@link ClaimMastery#WEAKEST_FIRST}).
 *
 * @param courseSlug the class's course, for links to its question bank; null when the class has no course
 * @param courseLanguage the language the course's claims and questions are written in (BCP 47)
 */
public record ClassMastery(ClassInfo schoolClass, @Nullable String courseSlug, String courseLanguage, int students, List<ClaimMastery> claims) {

    public ClassMastery {
        claims = List.copyOf(claims);
    }
}
