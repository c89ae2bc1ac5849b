package org.sourcewise.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void a_password_needs_eight_characters_and_a_name_at_most_120() {
        assertThat(AccountRules.passwordProblem("1234567")).isEqualTo("A password has at least 8 characters.");
        assertThat(AccountRules.passwordProblem(null)).isNotNull();
        assertThat(AccountRules.passwordProblem("12345678")).isNull();
        assertThat(AccountRules.nameProblem("n".repeat(120))).isNull();
        assertThat(AccountRules.nameProblem("n".repeat(121))).isEqualTo("A name has at most 120 characters.");
    }
}
