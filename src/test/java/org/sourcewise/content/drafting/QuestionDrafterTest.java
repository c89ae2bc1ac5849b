package org.sourcewise.content.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.content.ClaimKind;

class QuestionDrafterTest {

    private static final List<String> DAM = ArticleReader.read(Articles.text(Articles.DAM), ArticleFormat.MARKDOWN).paragraphs();
    private static final List<String> TRAM = ArticleReader.read(Articles.text(Articles.TRAM), ArticleFormat.TEXT).paragraphs();

    private static DraftClaim claim(String key, String statement) {
        return new DraftClaim(key, statement, ClaimKind.FIGURE, 2, "Lesson 1");
    }

    private static DraftQuestion ofType(List<DraftQuestion> drafts, DraftQuestion.Type type) {
        return drafts.stream().filter(d -> d.type() == type).findFirst().orElseThrow();
    }

    @Test
    void a_claim_with_a_fact_gets_a_cloze_a_true_false_and_a_single_choice_each_linked_to_it() {
        List<DraftQuestion> drafts = new QuestionDrafter(DAM).draft(List.of(claim("c01", "The regional government owns 51% of the dam.")));

        assertThat(drafts).extracting(DraftQuestion::type).containsExactly(DraftQuestion.Type.CLOZE,
                DraftQuestion.Type.TRUE_FALSE, DraftQuestion.Type.SINGLE_CHOICE);
        assertThat(drafts).extracting(DraftQuestion::key).containsExactly("c01-cloze", "c01-tf", "c01-choice");
        assertThat(drafts).allSatisfy(d -> {
            assertThat(d.claimKey()).isEqualTo("c01");
            assertThat(d.category()).isEqualTo("Lesson 1");
            assertThat(d.explanation()).contains("Paragraph 2");
        });
    }

    @Test
    void the_cloze_blanks_the_key_number_and_accepts_it_with_or_without_thousands_commas() {
        DraftQuestion cloze = ofType(new QuestionDrafter(DAM).draft(List.of(
                claim("c01", "The dam supplies electricity to 120,000 homes."))), DraftQuestion.Type.CLOZE);

        assertThat(cloze.stem()).endsWith("The dam supplies electricity to {1} homes.");
        assertThat(cloze.options()).extracting(DraftQuestion.Choice::text).containsExactly("120,000", "120000");
        assertThat(cloze.options()).allMatch(DraftQuestion.Choice::correct);
    }

    @Test
    void the_cloze_blanks_a_date_or_a_name_when_there_is_no_number() {
        QuestionDrafter drafter = new QuestionDrafter(DAM);
        DraftQuestion date = ofType(drafter.draft(List.of(claim("c01", "The dam was finished in June 2019."))), DraftQuestion.Type.CLOZE);
        DraftQuestion name = ofType(drafter.draft(List.of(claim("c01", "Farmers along the Ossa see fewer floods."))), DraftQuestion.Type.CLOZE);

        assertThat(date.stem()).contains("finished in {1}.");
        assertThat(date.options().getFirst().text()).isEqualTo("June 2019");
        assertThat(name.stem()).contains("along the {1} see");
    }

    @Test
    void single_choice_distractors_are_other_facts_of_the_same_kind_from_the_article() {
        DraftQuestion choice = ofType(new QuestionDrafter(DAM).draft(List.of(
                claim("c01", "Salmon numbers fell by 40% after the dam was built."))), DraftQuestion.Type.SINGLE_CHOICE);

        assertThat(choice.stem()).contains("fell by _____ after");
        assertThat(choice.options()).filteredOn(DraftQuestion.Choice::correct).singleElement()
                .extracting(DraftQuestion.Choice::text).isEqualTo("40%");
        // the only other percentage in the article is 51%: money and counts are no distractors for a percentage
        assertThat(choice.options()).extracting(DraftQuestion.Choice::text).containsExactlyInAnyOrder("40%", "51%");
    }

    @Test
    void a_number_alone_of_its_kind_in_the_article_gets_no_single_choice() {
        List<DraftQuestion> drafts = new QuestionDrafter(TRAM).draft(List.of(claim("c01", "Sales fell by 30 percent.")));

        assertThat(drafts).extracting(DraftQuestion::type).doesNotContain(DraftQuestion.Type.SINGLE_CHOICE);
    }

    @Test
    void sums_of_money_are_distractors_for_a_sum_sorted_by_value_with_one_correct() {
        DraftQuestion choice = ofType(new QuestionDrafter(DAM).draft(List.of(
                claim("c01", "The final bill reached \u20ac1.3 billion."))), DraftQuestion.Type.SINGLE_CHOICE);

        assertThat(choice.options()).extracting(DraftQuestion.Choice::text).containsExactly("\u20ac900 million", "\u20ac1.3 billion")
                .as("only two sums in the article");
    }

    @Test
    void dates_take_distractors_from_the_article_s_other_dates_never_the_same_one() {
        DraftQuestion choice = ofType(new QuestionDrafter(TRAM).draft(List.of(
                claim("c01", "The original line opened in 1911."))), DraftQuestion.Type.SINGLE_CHOICE);

        assertThat(choice.options()).extracting(DraftQuestion.Choice::text).contains("1911").doesNotHaveDuplicates()
                .allMatch(t -> t.matches(".*\\d{4}"));
        assertThat(choice.options()).hasSizeBetween(3, 4);
    }

    @Test
    void true_false_alternates_the_true_statement_and_one_with_a_fact_swapped_for_another_of_its_kind() {
        List<DraftQuestion> drafts = new QuestionDrafter(TRAM).draft(List.of(
                claim("c01", "The line opened in 1911."),
                claim("c02", "The line closed in 2013.")));
        DraftQuestion first = drafts.stream().filter(d -> d.key().equals("c01-tf")).findFirst().orElseThrow();
        DraftQuestion second = drafts.stream().filter(d -> d.key().equals("c02-tf")).findFirst().orElseThrow();

        assertThat(first.stem()).isEqualTo("True or false? The line opened in 1911.");
        assertThat(first.options()).extracting(DraftQuestion.Choice::text).containsExactly("True", "False");
        assertThat(first.options().getFirst().correct()).isTrue();

        assertThat(second.stem()).startsWith("True or false? The line closed in ").doesNotContain("2013");
        assertThat(second.stem()).containsPattern("closed in (1911|2023|2024|2027)\\.");
        assertThat(second.options().get(1).correct()).isTrue();
        assertThat(second.explanation()).contains("The article gives 2013");
    }

    @Test
    void a_claim_without_numbers_dates_or_names_gets_only_its_true_statement() {
        List<DraftQuestion> drafts = new QuestionDrafter(TRAM).draft(List.of(
                claim("c01", "the trams need no overhead wires."), claim("c02", "the route needs no wires at all.")));

        assertThat(drafts).extracting(DraftQuestion::type).containsOnly(DraftQuestion.Type.TRUE_FALSE);
        assertThat(drafts).allSatisfy(d -> assertThat(d.options().getFirst().correct()).isTrue());
    }

    @Test
    void the_instructors_edited_statement_is_what_is_asked() {
        List<DraftQuestion> drafts = new QuestionDrafter(DAM).draft(List.of(
                claim("c01", "In our words: Veltria's government holds 51% of the dam.")));

        assertThat(drafts).allSatisfy(d -> assertThat(d.stem()).contains("In our words"));
    }

    @Test
    void a_name_used_as_an_adjective_is_never_offered_for_a_noun_name() {
        List<String> paragraphs = List.of("Veltrian engineers visited Ossa in spring. Officials from Veltria, Kessel and Brant met there.");
        List<DraftQuestion> drafts = new QuestionDrafter(paragraphs).draft(List.of(claim("c01", "Officials from Veltria met in Ossa.")));

        DraftQuestion choice = ofType(drafts, DraftQuestion.Type.SINGLE_CHOICE);
        assertThat(choice.options()).extracting(DraftQuestion.Choice::text).doesNotContain("Veltrian");
    }

    @Test
    void the_same_number_in_other_words_is_no_distractor() {
        List<String> paragraphs = List.of("Fares rose 10 percent in May. Others say 10% in all. Rents rose 4 percent and wages 7 percent.");
        List<DraftQuestion> drafts = new QuestionDrafter(paragraphs).draft(List.of(claim("c01", "Fares rose 10 percent.")));

        DraftQuestion choice = ofType(drafts, DraftQuestion.Type.SINGLE_CHOICE);
        assertThat(choice.options()).extracting(DraftQuestion.Choice::text).containsExactly("4 percent", "7 percent", "10 percent");
    }

    @Test
    void a_two_thousand_word_article_yields_candidates_and_drafts_for_every_accepted_claim() {
        String article = DraftingCorpus.article(2000);
        List<String> paragraphs = ArticleReader.read(article, ArticleFormat.TEXT).paragraphs();
        ArticleAnalysis analysis = ClaimProposer.analyse(paragraphs, java.util.OptionalInt.empty());
        List<DraftClaim> claims = analysis.candidates().stream().filter(Candidate::suggested)
                .map(c -> new DraftClaim("c" + c.rank(), c.text(), c.kind(), c.paragraph(), "L")).toList();
        List<DraftQuestion> drafts = new QuestionDrafter(paragraphs).draft(claims);

        assertThat(analysis.wordCount()).isGreaterThanOrEqualTo(2000);
        assertThat(claims).isNotEmpty();
        assertThat(drafts.stream().map(DraftQuestion::claimKey).distinct()).hasSameSizeAs(claims);
    }
}
