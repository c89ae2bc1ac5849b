package org.sourcewise.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A course's source as its page shows it: the reference, then every paragraph with the claims taken
 * from it and, where the course holds the article's text (courses drafted from a pasted article), the
 * text. The first course never holds its article's text (DESIGN.md): its paragraphs carry claims and
 * key phrases only, with a link to read each in the original.
 *
 * @param textStored whether the paragraphs carry their text
 */
public record CourseSource(String courseSlug, String courseTitle, SourceRef reference, boolean textStored,
                           List<SourceParagraph> paragraphs, String language) {

    /** The same page, its course's text in {@code language} (a BCP 47 tag). */
    public CourseSource inLanguage(String language) {
        return new CourseSource(courseSlug, courseTitle, reference, textStored, paragraphs, language);
    }

    public CourseSource {
        paragraphs = List.copyOf(paragraphs);
    }

    public Optional<SourceParagraph> paragraph(int number) {
        return paragraphs.stream().filter(p -> p.number() == number).findFirst();
    }

    /**
     * Puts the page together: paragraphs 1 to the last one the reference, the stored text or a claim
     * counts, each with its claims in the course's order.
     *
     * @param texts paragraph text by number; empty when the course does not hold the article's text
     */
    public static CourseSource assemble(String courseSlug, String courseTitle, SourceRef reference, Map<Integer, String> texts,
                                        List<ClaimInfo> claims) {
        int last = reference.paragraphs();
        for (int n : texts.keySet()) {
            last = Math.max(last, n);
        }
        for (ClaimInfo c : claims) {
            last = Math.max(last, c.paragraph());
        }
        List<ClaimInfo> ordered = claims.stream().sorted(Comparator.comparingInt(ClaimInfo::ordinal)).toList();
        List<SourceParagraph> paragraphs = new ArrayList<>();
        for (int n = 1; n <= last; n++) {
            int number = n;
            List<CitedClaim> cited = ordered.stream().filter(c -> c.paragraph() == number)
                    .map(c -> new CitedClaim(c.statement(), c.kind(), c.keyPhrase(), c.lessonId())).toList();
            String url = OriginalLinks.at(reference.url(), cited.stream().map(CitedClaim::keyPhrase).toList());
            paragraphs.add(new SourceParagraph(n, texts.get(n), cited, url));
        }
        return new CourseSource(courseSlug, courseTitle, reference, !texts.isEmpty(), paragraphs, "en");
    }
}
