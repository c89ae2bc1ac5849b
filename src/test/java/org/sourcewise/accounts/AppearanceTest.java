package org.sourcewise.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The theme a user chooses is kept on the user (so another device gets it), and each user has their own. */
@IntegrationTest
class AppearanceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    TestUsers users;

    @Test
    void a_new_user_follows_the_system_until_they_choose_and_their_choice_is_theirs_alone() {
        String alice = users.newDemoStudent();
        String bob = users.newDemoStudent();
        assertThat(users.as(alice, accounts::myAppearance)).isEqualTo(Appearance.SYSTEM);

        users.run(alice, () -> accounts.chooseAppearance(Appearance.DARK));

        assertThat(users.as(alice, accounts::myAppearance)).isEqualTo(Appearance.DARK);
        assertThat(users.as(bob, accounts::myAppearance)).isEqualTo(Appearance.SYSTEM);
        users.run(alice, () -> accounts.chooseAppearance(Appearance.SYSTEM));
        assertThat(users.as(alice, accounts::myAppearance)).isEqualTo(Appearance.SYSTEM);
    }

    @Test
    void a_visitor_has_no_theme_to_read_or_keep() {
        assertThatThrownBy(() -> users.as(null, accounts::myAppearance)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(null, () -> accounts.chooseAppearance(Appearance.DARK)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
