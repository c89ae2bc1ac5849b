package org.sourcewise.content.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
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
    void single_choice_distractors_are_percentages_within_a_plausible_spread_of_the_key() {
        DraftQuestion choice = ofType(new QuestionDrafter(DAM).draft(List.of(
                claim("c01", "Salmon numbers fell by 40% after the dam was built."))), DraftQuestion.Type.SINGLE_CHOICE);

        assertThat(choice.stem()).contains("fell by _____ after");
        assertThat(choice.options()).filteredOn(DraftQuestion.Choice::correct).singleElement()
                .extracting(DraftQuestion.Choice::text).isEqualTo("40%");
        // the article's other percentage first, then made-up ones: never a sum of money or a count
        assertThat(choice.options()).extracting(DraftQuestion.Choice::text).contains("40%", "51%").hasSize(4)
                .allMatch(t -> t.matches("\\d+%"))
                .allMatch(t -> Integer.parseInt(t.replace("%", "")) >= 40 / 3 && Integer.parseInt(t.replace("%", "")) <= 100);
    }

    @Test
    void a_number_alone_of_its_kind_gets_made_up_distractors_written_the_same_way() {
        DraftQuestion choice = ofType(new QuestionDrafter(TRAM).draft(List.of(claim("c01", "Sales fell by 30 percent."))),
                DraftQuestion.Type.SINGLE_CHOICE);

        assertThat(choice.options()).extracting(DraftQuestion.Choice::text).contains("30 percent").hasSize(4)
                .allMatch(t -> t.matches("\\d+ percent")).doesNotHaveDuplicates()
                .allMatch(t -> Integer.parseInt(t.replace(" percent", "")) >= 10 && Integer.parseInt(t.replace(" percent", "")) <= 90);
    }

    @Test
    void sums_of_money_are_distractors_only_in_the_same_currency_sorted_by_value_with_one_correct() {
        DraftQuestion choice = ofType(new QuestionDrafter(DAM).draft(List.of(
                claim("c01", "The final bill reached \u20ac1.3 billion."))), DraftQuestion.Type.SINGLE_CHOICE);

        assertThat(choice.options()).extracting(DraftQuestion.Choice::text).contains("\u20ac900 million")
                .contains("\u20ac1.3 billion").allMatch(t -> t.startsWith("\u20ac")).hasSize(4);
        assertThat(choice.options()).filteredOn(DraftQuestion.Choice::correct).hasSize(1);
        List<String> pennies = ofType(new QuestionDrafter(List.of("A cup costs 25 cents more. Beans cost $4.20 a pound."))
                .draft(List.of(claim("c01", "A cup costs 25 cents more."))), DraftQuestion.Type.SINGLE_CHOICE)
                .options().stream().map(DraftQuestion.Choice::text).toList();
        assertThat(pennies).as("cents among cents, not dollars").allMatch(t -> t.endsWith(" cents")).contains("25 cents");
    }

    @Test
    void a_year_takes_years_near_it_as_distractors_never_the_same_one() {
        DraftQuestion choice = ofType(new QuestionDrafter(TRAM).draft(List.of(
                claim("c01", "The original line closed in 2013."))), DraftQuestion.Type.SINGLE_CHOICE);

        assertThat(choice.options()).extracting(DraftQuestion.Choice::text).contains("2013").doesNotHaveDuplicates()
                .hasSize(4).allMatch(t -> t.matches("\\d{4}") && Math.abs(Integer.parseInt(t) - 2013) <= 30);
    }

    @Test
    void true_false_alternates_the_true_statement_and_a_false_one_with_another_fact_of_its_type() {
        List<DraftQuestion> drafts = new QuestionDrafter(TRAM).draft(List.of(
                claim("c01", "The line opened in 1911."),
                claim("c02", "The line closed in 2013.")));
        DraftQuestion first = drafts.stream().filter(d -> d.key().equals("c01-tf")).findFirst().orElseThrow();
        DraftQuestion second = drafts.stream().filter(d -> d.key().equals("c02-tf")).findFirst().orElseThrow();

        assertThat(first.stem()).isEqualTo("True or false? The line opened in 1911.");
        assertThat(first.options()).extracting(DraftQuestion.Choice::text).containsExactly("True", "False");
        assertThat(first.options().getFirst().correct()).isTrue();

        assertThat(second.stem()).startsWith("True or false? The line closed in ").doesNotContain("2013");
        assertThat(second.stem()).containsPattern("closed in (19[89]\\d|20[0-4]\\d)\\.");
        assertThat(second.options().get(1).correct()).isTrue();
        assertThat(second.explanation()).contains("The article says: The line closed in 2013.");
    }

    @Test
    void a_false_statement_from_more_than_flips_to_less_than_with_the_number_on_the_wrong_side() {
        List<String> article = List.of("Visitors have fallen by more than 40%. Only 10% of homes are insulated. About 60% vote.");
        List<DraftQuestion> drafts = new QuestionDrafter(article).draft(List.of(
                claim("c01", "Nobody counts this one."),
                claim("c02", "Visitors have fallen by more than 40%."),
                claim("c03", "Padding keeps the alternation."),
                claim("c04", "Only 10% of homes are insulated.")));

        DraftQuestion more = drafts.stream().filter(d -> d.key().equals("c02-tf")).findFirst().orElseThrow();
        assertThat(more.stem()).isEqualTo("True or false? Visitors have fallen by less than 20%.");
        assertThat(more.options().get(1).correct()).as("False is right").isTrue();
        DraftQuestion only = drafts.stream().filter(d -> d.key().equals("c04-tf")).findFirst().orElseThrow();
        assertThat(only.stem()).isEqualTo("True or false? More than 20% of homes are insulated.");
    }

    @Test
    void name_distractors_are_of_the_key_s_type_a_person_for_a_person_an_organisation_for_an_organisation() {
        List<String> article = List.of("Councillor Peter Haines voted against the plan. Lena Osei, who runs a bakery, said sales halved.",
                "The Marine Safety Agency must approve the design. Ferries docked at Brackwell. Engineers at Carrow University"
                        + " studied the storm, and Ruth Adebayo said the town was cut off.");
        QuestionDrafter drafter = new QuestionDrafter(article);
        List<String> people = ofType(drafter.draft(List.of(claim("c01", "Councillor Peter Haines voted against the plan."))),
                DraftQuestion.Type.SINGLE_CHOICE).options().stream().map(DraftQuestion.Choice::text).toList();
        List<String> bodies = ofType(drafter.draft(List.of(claim("c01", "The Marine Safety Agency must approve the design."))),
                DraftQuestion.Type.SINGLE_CHOICE).options().stream().map(DraftQuestion.Choice::text).toList();

        assertThat(people).containsExactlyInAnyOrder("Councillor Peter Haines", "Lena Osei", "Ruth Adebayo");
        // the key takes its "the" into the blank; "Carrow University" takes none
        assertThat(bodies).containsExactlyInAnyOrder("The Marine Safety Agency", "Carrow University");
    }

    @Test
    void a_cloze_accepts_the_other_names_the_article_itself_uses_for_the_key() {
        List<String> article = List.of("Trade with China grew. China launched the plan in 2013. Officials in Beijing say 150 countries joined.",
                "Dr Hana Lindqvist led the World Health Organization (WHO) study. Lindqvist said heat kills.");
        QuestionDrafter drafter = new QuestionDrafter(article);

        DraftQuestion cloze = ofType(drafter.draft(List.of(claim("c01", "China launched the plan."))), DraftQuestion.Type.CLOZE);
        assertThat(cloze.stem()).contains("{1} launched");
        assertThat(cloze.options()).extracting(DraftQuestion.Choice::text).containsExactly("China", "Beijing");
        assertThat(drafter.aliases(Mentions.find("China grew.", Set.of("china")).getFirst())).contains("China", "Beijing");
        assertThat(drafter.aliases(Mentions.find("The study was led by Dr Hana Lindqvist.", Set.of()).getFirst()))
                .contains("Dr Hana Lindqvist", "Lindqvist");
        assertThat(drafter.aliases(Mentions.find("It was the World Health Organization.", Set.of()).getFirst()))
                .contains("World Health Organization", "WHO");
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
        List<String> paragraphs = List.of("French engineers visited Ossa in spring. Officials from France, Spain and Italy met there.");
        List<DraftQuestion> drafts = new QuestionDrafter(paragraphs).draft(List.of(claim("c01", "Officials from France met in Ossa.")));

        DraftQuestion choice = ofType(drafts, DraftQuestion.Type.SINGLE_CHOICE);
        assertThat(choice.options()).extracting(DraftQuestion.Choice::text).containsExactly("France", "Italy", "Spain");
    }

    @Test
    void the_same_number_in_other_words_is_no_distractor() {
        List<String> paragraphs = List.of("Fares rose 10 percent in May. Others say 10% in all. Rents rose 4 percent and wages 7 percent.");
        List<DraftQuestion> drafts = new QuestionDrafter(paragraphs).draft(List.of(claim("c01", "Fares rose 10 percent.")));

        DraftQuestion choice = ofType(drafts, DraftQuestion.Type.SINGLE_CHOICE);
        assertThat(choice.options()).extracting(DraftQuestion.Choice::text).contains("4 percent", "7 percent", "10 percent")
                .doesNotContain("10%").hasSize(4);
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
