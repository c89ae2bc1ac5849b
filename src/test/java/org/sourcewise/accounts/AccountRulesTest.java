package org.sourcewise.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

    @Test
    void a_password_has_8_to_128_characters_counted_as_people_count_them() {
        assertThat(AccountRules.passwordProblem("1234567")).isEqualTo("A password has at least 8 characters.");
        assertThat(AccountRules.passwordProblem(null)).isNotNull();
        assertThat(AccountRules.passwordProblem("river-lamp-73")).isNull();
        assertThat(AccountRules.passwordProblem("x".repeat(128))).isNull();
        assertThat(AccountRules.passwordProblem("x".repeat(129))).isEqualTo("A password has at most 128 characters.");
        // four emoji are four characters (eight UTF-16 units): too short
        assertThat(AccountRules.passwordProblem("\uD83D\uDE00".repeat(4))).contains("at least 8");
        assertThat(AccountRules.passwordProblem("Grüße aus Köln")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "Password", "PASSWORD", "iloveyou", "qwertyuiop", "baseball"})
    void the_most_common_passwords_are_refused_whatever_their_case(String common) {
        assertThat(AccountRules.passwordProblem(common)).contains("most common");
    }

    @Test
    void a_name_has_at_most_120_characters() {
        assertThat(AccountRules.nameProblem("n".repeat(120))).isNull();
        assertThat(AccountRules.nameProblem("n".repeat(121))).isEqualTo("A name has at most 120 characters.");
    }
}
