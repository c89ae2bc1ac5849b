package org.sourcewise.content.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcewise.content.ClaimKind;

class ClaimProposerTest {

    private static ClaimKind kind(String sentence, int year) {
        return ClaimProposer.kindOf(sentence, Mentions.find(sentence, Set.of()), year, new ArrayList<>());
    }

    private static ArticleAnalysis tram() {
        return ClaimProposer.analyse(ArticleReader.read(Articles.text(Articles.TRAM), ArticleFormat.TEXT).paragraphs(),
                OptionalInt.of(2024));
    }

    @Test
    void every_sentence_is_a_candidate_with_its_paragraph_and_place() {
        ArticleAnalysis analysis = tram();

        assertThat(analysis.sentenceCount()).isEqualTo(12);
        assertThat(analysis.candidates()).hasSize(12);
        assertThat(analysis.candidates()).anySatisfy(c -> {
            assertThat(c.text()).startsWith("Because the trams run on batteries");
            assertThat(c.paragraph()).isEqualTo(6);
            assertThat(c.sentence()).isEqualTo(1);
        });
        assertThat(analysis.wordCount()).isBetween(170, 230);
    }

    @Test
    void sentences_that_state_numbers_dates_and_names_rank_above_those_that_state_little() {
        List<Candidate> ranked = tram().candidates();

        assertThat(ranked).extracting(Candidate::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(ranked).isSortedAccordingTo((a, b) -> Integer.compare(b.score(), a.score()));
        Candidate money = ranked.stream().filter(c -> c.text().contains("$48 million on the new line")).findFirst().orElseThrow();
        Candidate vague = ranked.stream().filter(c -> c.text().startsWith("Their study suggests")).findFirst().orElseThrow();
        assertThat(money.rank()).isLessThan(vague.rank());
        assertThat(money.reasons()).contains("2 numbers", "1 name");
    }

    @Test
    void cause_and_contrast_add_to_the_score() {
        List<String> plain = new ArrayList<>();
        List<String> contrast = new ArrayList<>();
        int without = ClaimProposer.score("The port handled more ships this spring.", List.of(), plain);
        int with = ClaimProposer.score("But the port handled more ships because fees were waived.", List.of(), contrast);

        assertThat(with).isEqualTo(without + 4);
        assertThat(contrast).contains("cause", "contrast");
    }

    @Test
    void questions_and_fragments_rank_low_and_are_never_ticked() {
        ArticleAnalysis analysis = ClaimProposer.analyse(List.of(
                "Was the $5 million fare cut in 2020 worth it? The Lerida council spent $5 million on fares in 2020 and 2021."),
                OptionalInt.empty());

        Candidate question = analysis.candidates().stream().filter(c -> c.text().endsWith("?")).findFirst().orElseThrow();
        assertThat(question.rank()).isEqualTo(2);
        assertThat(question.suggested()).isFalse();
        assertThat(question.reasons()).contains("question");
        assertThat(analysis.candidates().getFirst().suggested()).isTrue();
    }

    @Test
    void only_top_candidates_that_state_enough_are_ticked() {
        List<Candidate> ranked = tram().candidates();

        assertThat(ranked.stream().filter(Candidate::suggested)).isNotEmpty()
                .allMatch(c -> c.score() >= ClaimProposer.MIN_SUGGESTED_SCORE);
        assertThat(ranked.getLast().suggested()).isFalse();
    }

    @Test
    void future_cues_make_a_prediction() {
        assertThat(kind("The council will extend the line to Northgate.", 2024)).isEqualTo(ClaimKind.PREDICTION);
        assertThat(kind("Air quality is likely to improve.", 2024)).isEqualTo(ClaimKind.PREDICTION);
        assertThat(kind("Fares are expected to rise next year.", 2024)).isEqualTo(ClaimKind.PREDICTION);
    }

    @Test
    void could_or_may_with_a_later_year_is_a_prediction_and_without_one_an_analysis() {
        assertThat(kind("The dam may produce less power by 2035.", 2024)).isEqualTo(ClaimKind.PREDICTION);
        assertThat(kind("The dam may produce less power in dry years.", 2024)).isEqualTo(ClaimKind.ANALYSIS);
    }

    @Test
    void hedges_and_readings_make_an_analysis() {
        assertThat(kind("Engineers believe the tram eased traffic.", 2024)).isEqualTo(ClaimKind.ANALYSIS);
        assertThat(kind("The study suggests that the air is cleaner.", 2024)).isEqualTo(ClaimKind.ANALYSIS);
        assertThat(kind("The line could remove cars from the district.", 2024)).isEqualTo(ClaimKind.ANALYSIS);
    }

    @Test
    void could_not_tells_of_the_past_and_is_no_hedge() {
        assertThat(kind("The council could not pay for repairs in 1990.", 2024)).isEqualTo(ClaimKind.BACKGROUND);
    }

    @Test
    void history_cues_and_early_years_make_background() {
        assertThat(kind("The line opened in 1911.", 2024)).isEqualTo(ClaimKind.BACKGROUND);
        assertThat(kind("For decades it was the busiest route.", 2024)).isEqualTo(ClaimKind.BACKGROUND);
    }

    @Test
    void numbers_and_recent_dates_make_a_figure_and_the_rest_a_reported_fact() {
        assertThat(kind("Sales fell by 30 percent in 2023.", 2024)).isEqualTo(ClaimKind.FIGURE);
        assertThat(kind("Engineers from Halvorsen Rail built the vehicles in Trondby.", 2024)).isEqualTo(ClaimKind.REPORTED_FACT);
    }

    @Test
    void without_a_date_the_latest_year_outside_predictions_dates_the_article() {
        List<String> paragraphs = List.of("The bridge opened in 2010. Tolls were cut in 2022. The bridge will close in 2040.");
        ArticleAnalysis analysis = ClaimProposer.analyse(paragraphs, OptionalInt.empty());

        // 2022 dates the article, so 2010 is only 12 years back: background; 2040 stays a prediction
        assertThat(analysis.candidates()).filteredOn(c -> c.text().contains("2010"))
                .singleElement().extracting(Candidate::kind).isEqualTo(ClaimKind.BACKGROUND);
        assertThat(analysis.candidates()).filteredOn(c -> c.text().contains("2022"))
                .singleElement().extracting(Candidate::kind).isEqualTo(ClaimKind.FIGURE);
    }

    @Test
    void a_key_phrase_is_at_most_twelve_words_copied_from_the_sentence_around_its_key_fact() {
        for (Candidate c : tram().candidates()) {
            assertThat(ClaimProposer.wordCount(c.keyPhrase())).isBetween(1, ClaimProposer.KEY_PHRASE_WORDS);
            assertThat(c.text()).contains(c.keyPhrase());
            Mention key = ClaimProposer.keyMention(c.mentions());
            if (key != null) {
                assertThat(c.keyPhrase()).contains(key.text());
            }
        }
    }

    @Test
    void the_key_fact_is_a_measure_before_a_count_a_date_and_a_name() {
        List<Mention> mentions = Mentions.find("In 2023 Quay Road shops lost 30 percent of 400 sales.", Set.of());

        assertThat(ClaimProposer.keyMention(mentions).text()).isEqualTo("30 percent");
        assertThat(ClaimProposer.keyMention(List.of())).isNull();
    }

    @Test
    void a_key_phrase_loses_punctuation_at_its_ends_only() {
        assertThat(ClaimProposer.keyPhrase("\u201cWe spent $48 million,\u201d she said.", null))
                .isEqualTo("We spent $48 million,\u201d she said");
    }

    private static Candidate candidate(ArticleAnalysis analysis, String start) {
        return analysis.candidates().stream().filter(c -> c.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void a_sentence_opening_with_it_or_he_takes_the_subject_of_the_sentence_before() {
        ArticleAnalysis analysis = ClaimProposer.analyse(List.of(
                "The Marine Safety Agency must still approve the design. It will publish its decision in April.",
                "Councillor Peter Haines voted against the plan. He said the town was taking on too much risk."),
                OptionalInt.of(2025));

        Candidate it = candidate(analysis, "It will publish");
        assertThat(it.statement()).isEqualTo("The Marine Safety Agency will publish its decision in April.");
        assertThat(it.needsContext()).isFalse();
        assertThat(candidate(analysis, "He said").statement()).isEqualTo("Councillor Peter Haines said the town was taking on too much risk.");
        assertThat(it.keyPhrase()).as("still copied from the article").isEqualTo("It will publish its decision in April");
    }

    @Test
    void a_sentence_that_points_back_unsafely_needs_context_shows_it_and_is_never_ticked() {
        ArticleAnalysis analysis = ClaimProposer.analyse(List.of(
                "Plastic makes up 80% of the waste in the oceans, according to the 2024 survey of 40 countries.",
                "These encompass 60% of the world's coastline, the survey found in 2024. Yet, only 15% are actually recycled in 2024.",
                "It was a French diplomat, Ferdinand de Lesseps, who revived the plan in 1854."),
                OptionalInt.of(2025));

        Candidate these = candidate(analysis, "These encompass");
        assertThat(these.needsContext()).isTrue();
        assertThat(these.context()).startsWith("Plastic makes up 80%");
        assertThat(these.suggested()).isFalse();
        assertThat(candidate(analysis, "Yet, only 15%").needsContext()).isTrue();
        assertThat(candidate(analysis, "Yet, only 15%").suggested()).isFalse();
        assertThat(candidate(analysis, "It was a French diplomat").needsContext()).as("a cleft sentence stands alone").isFalse();
    }

    @Test
    void comparisons_trends_predictions_and_the_thesis_rank_higher() {
        List<String> plain = new ArrayList<>();
        List<String> telling = new ArrayList<>();
        int without = ClaimProposer.score("Porto keeps its canopy cover in the city centre.", List.of(), plain);
        int with = ClaimProposer.score("Porto is set to grow its canopy cover by more than the authors argue.", List.of(), telling);

        assertThat(telling).contains("comparison", "trend", "prediction", "thesis");
        assertThat(with).isEqualTo(without + 8);
        ArticleAnalysis analysis = ClaimProposer.analyse(List.of("Cities underestimate shade, the authors say of their study.",
                "The study ran for two summers in three cities of the south.", "Shade matters more than parks in the end."),
                OptionalInt.of(2025));
        assertThat(candidate(analysis, "Cities underestimate").reasons()).contains("opening");
        assertThat(candidate(analysis, "Shade matters").reasons()).contains("conclusion");
    }

    @Test
    void key_phrases_are_whole_phrases_of_3_to_12_words_copied_from_the_sentence() {
        java.util.Set<String> function = Lexicon.list("function-words");
        for (String article : QualityBenchmark.ARTICLES) {
            String text = QualityBenchmark.resource(article);
            List<String> paragraphs = ArticleReader.read(text, article.endsWith(".md") ? ArticleFormat.MARKDOWN : ArticleFormat.TEXT)
                    .paragraphs();
            for (Candidate c : ClaimProposer.analyse(paragraphs, OptionalInt.empty()).candidates()) {
                String phrase = c.keyPhrase();
                String[] words = phrase.split("\\s+");
                assertThat(c.text()).as(article).contains(phrase);
                assertThat(words.length).as(phrase).isBetween(ClaimProposer.MIN_PHRASE_WORDS, ClaimProposer.KEY_PHRASE_WORDS);
                assertThat(function).as("last word of \u201c%s\u201d", phrase)
                        .doesNotContain(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertThat(ClaimProposer.keyPhrase("The city council spent $48 million on the new line, which links the ferry terminal.",
                Mentions.find("The city council spent $48 million on the new line, which links the ferry terminal.", Set.of()).getFirst()))
                .isEqualTo("The city council spent $48 million on the new line");
    }
}
