package org.sourcewise.content;

import java.time.LocalDate;
import java.util.List;
import org.sourcewise.TestUsers;
import org.sourcewise.Unique;
import org.sourcewise.content.drafting.ArticleAnalysis;
import org.sourcewise.content.drafting.Articles;
import org.sourcewise.content.drafting.Candidate;
import org.springframework.stereotype.Component;

/** Courses drafted from the made-up tram article, whose text the course holds, for tests of the source page. */
@Component
public class DraftedCourses {

    private final ArticleCourseService drafts;
    private final TestUsers users;

    DraftedCourses(ArticleCourseService drafts, TestUsers users) {
        this.drafts = drafts;
        this.users = users;
    }

    /** A new course from the tram article, with the suggested candidates as claims, made by the demo instructor. */
    public DraftCourse tram() {
        return users.as("instructor", () -> {
            ArticleInput input = new ArticleInput(Unique.name("Harbour tram "), "Ines Marwick", "Lerida Evening Post",
                    LocalDate.of(2024, 3, 5), "https://example.org/tram", Articles.text(Articles.TRAM), null);
            ArticleAnalysis analysis = drafts.propose(input);
            List<ClaimChoice> accepted = analysis.candidates().stream().filter(Candidate::suggested)
                    .map(c -> new ClaimChoice(c.text(), c.kind(), c.paragraph(), c.keyPhrase(), 1)).toList();
            return drafts.createCourse(input, accepted, List.of("The tram"));
        });
    }
}
