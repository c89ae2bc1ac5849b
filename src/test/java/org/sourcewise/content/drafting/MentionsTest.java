package org.sourcewise.content.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionsTest {

    private static List<String> found(String sentence) {
        return found(sentence, Set.of());
    }

    private static List<String> found(String sentence, Set<String> known) {
        return Mentions.find(sentence, known).stream().map(m -> m.kind() + ":" + m.text()).toList();
    }

    @Test
    void days_months_and_years_are_dates_in_either_order() {
        assertThat(found("The line reopened on 4 March 2024 after work began in June 2019."))
                .containsExactly("DATE:4 March 2024", "DATE:June 2019");
        assertThat(found("It was signed on March 4, 2024, in a hurry.")).containsExactly("DATE:March 4, 2024");
    }

    @Test
    void a_four_digit_number_is_a_year_unless_it_counts_something() {
        assertThat(found("The line opened in 1911 and carried 1500 riders.")).containsExactly("YEAR:1911", "COUNT:1500");
        assertThat(found("Rents doubled in the 1990s.")).containsExactly("YEAR:1990s");
    }

    @Test
    void money_and_percentages_take_their_sign_scale_and_word() {
        assertThat(found("The council spent $48 million and cut fees by 30 percent."))
                .containsExactly("MONEY:$48 million", "PERCENT:30 percent");
        assertThat(found("The bill reached €1.3 billion, 40% over plan, or 12 per cent a year."))
                .containsExactly("MONEY:€1.3 billion", "PERCENT:40%", "PERCENT:12 per cent");
    }

    @Test
    void a_count_remembers_the_word_it_counts() {
        List<Mention> mentions = Mentions.find("It carried 9,000 riders a day.", Set.of());

        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Mention.Kind.COUNT);
            assertThat(m.text()).isEqualTo("9,000");
            assertThat(m.unit()).isEqualTo("riders");
        });
    }

    @Test
    void capitalised_runs_are_names_joined_by_of_and_ampersands_without_the_possessive() {
        assertThat(found("Engineers from Brant & Lowe met Mayor Teodora Vance at the Bank of Veltria's office."))
                .containsExactly("NAME:Brant & Lowe", "NAME:Mayor Teodora Vance", "NAME:Bank of Veltria");
    }

    @Test
    void a_sentence_opener_is_not_a_name_but_a_known_name_at_the_start_is() {
        assertThat(found("However, the Kremlin said nothing.")).containsExactly("NAME:Kremlin");
        assertThat(found("Sanctions hurt the port.")).isEmpty();
        assertThat(found("Veltria owns the dam.", Set.of("veltria"))).containsExactly("NAME:Veltria");
        assertThat(found("The Swan Inn closed.")).containsExactly("NAME:Swan Inn");
    }

    @Test
    void a_name_used_as_an_adjective_is_marked_so() {
        List<Mention> mentions = Mentions.find("Several Veltrian engineers visited Veltria.", Set.of());

        assertThat(mentions).extracting(Mention::text).containsExactly("Veltrian", "Veltria");
        assertThat(mentions.getFirst().unit()).isEqualTo(Mentions.ADJECTIVE);
        assertThat(mentions.getLast().unit()).isEmpty();
    }

    @Test
    void month_names_alone_are_dates_only_after_a_preposition_and_may_is_a_verb() {
        assertThat(found("Work stopped in August and never resumed.")).containsExactly("DATE:August");
        assertThat(found("Prices may rise.")).isEmpty();
    }

    @Test
    void mentions_carry_their_offsets_in_the_sentence() {
        String sentence = "Fees rose to $35 in January 2023.";
        for (Mention m : Mentions.find(sentence, Set.of())) {
            assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void names_the_article_capitalises_mid_sentence_are_known() {
        assertThat(Mentions.knownNames(List.of("Trade with Veltria grew.", "The port of Ossa closed in May 2020.")))
                .contains("veltria", "ossa").doesNotContain("trade", "the", "may");
    }

    @Test
    void numbers_written_as_words_count_what_follows_them() {
        assertThat(found("The plan covers 67 countries and six economic corridors.")).containsExactly("COUNT:67", "COUNT:six");
        assertThat(found("Some two billion people drink it.")).containsExactly("COUNT:two billion");
        assertThat(found("One of the two members voted against it.")).isEmpty();
        assertThat(Mentions.find("The council approved it by seven votes to two.", Set.of()).getFirst().unit()).isEqualTo("votes");
    }

    @Test
    void cents_and_pence_are_money() {
        assertThat(found("A cup costs 25 cents more, and the levy is 25 pence.")).containsExactly("MONEY:25 cents", "MONEY:25 pence");
    }

    @Test
    void a_four_digit_number_before_a_verb_is_a_year_not_a_count() {
        assertThat(found("The recession, which in 2001 culminated in a crash, ended.")).containsExactly("YEAR:2001");
        assertThat(found("Prices in 2005 will rise and 1500 people will move.")).containsExactly("YEAR:2005", "COUNT:1500");
    }

    @Test
    void it_and_at_after_a_colon_are_no_names() {
        assertThat(found("The lesson is plain: It was the Kremlin that paid.")).containsExactly("NAME:Kremlin");
        assertThat(found("One rule held: At Lerida University nobody paid.")).containsExactly("NAME:Lerida University");
    }
}
