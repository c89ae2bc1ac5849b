package org.sourcewise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Putting a source page together from the reference, the stored paragraphs (if any) and the claims. */
class CourseSourceTest {

    private static final SourceRef REF = new SourceRef("Harbour trams", "Ines Marwick", "Lerida Evening Post",
            LocalDate.of(2024, 3, 5), "https://example.org/tram", 3);

    private static ClaimInfo claim(int ordinal, int paragraph, String statement, String keyPhrase) {
        return new ClaimInfo(ordinal, String.format("c%02d", ordinal), ordinal, statement, ClaimKind.REPORTED_FACT, paragraph,
                keyPhrase, null, 7L, "l1", "tram");
    }

    @Test
    void without_stored_text_each_paragraph_has_its_claims_in_order_and_a_link_to_it_in_the_original() {
        CourseSource source = CourseSource.assemble("tram", "Trams", REF, Map.of(), List.of(
                claim(3, 2, "Trams run every ten minutes.", "every ten minutes"),
                claim(1, 1, "The council voted.", "voted on Tuesday"),
                claim(2, 2, "The line opens in May.", "opens in May")));

        assertThat(source.textStored()).isFalse();
        assertThat(source.paragraphs()).extracting(SourceParagraph::number).containsExactly(1, 2, 3);
        SourceParagraph second = source.paragraph(2).orElseThrow();
        assertThat(second.text()).isNull();
        assertThat(second.runs()).isEmpty();
        assertThat(second.claims()).extracting(CitedClaim::statement).containsExactly("The line opens in May.", "Trams run every ten minutes.");
        assertThat(second.originalUrl()).isEqualTo("https://example.org/tram#:~:text=opens%20in%20May&text=every%20ten%20minutes");
        // a paragraph no claim comes from is still listed, linking to the article itself
        assertThat(source.paragraph(3).orElseThrow().claims()).isEmpty();
        assertThat(source.paragraph(3).orElseThrow().originalUrl()).isEqualTo("https://example.org/tram");
        assertThat(source.paragraph(4)).isEmpty();
    }

    @Test
    void with_stored_text_each_paragraph_carries_it_with_its_claims_key_phrases_marked() {
        CourseSource source = CourseSource.assemble("tram", "Trams", REF,
                Map.of(1, "The council voted on Tuesday.", 2, "The line opens in May.", 3, "Nobody objected."),
                List.of(claim(1, 1, "The council voted.", "voted on Tuesday")));

        assertThat(source.textStored()).isTrue();
        assertThat(source.paragraph(1).orElseThrow().runs()).containsExactly(new TextRun("The council ", false),
                new TextRun("voted on Tuesday", true), new TextRun(".", false));
        assertThat(source.paragraph(3).orElseThrow().runs()).containsExactly(new TextRun("Nobody objected.", false));
    }

    @Test
    void a_claim_beyond_the_counted_paragraphs_still_gets_its_paragraph() {
        CourseSource source = CourseSource.assemble("tram", "Trams", REF, Map.of(), List.of(claim(1, 5, "Late claim.", "late")));
        assertThat(source.paragraphs()).hasSize(5);
    }
}
