package org.sourcewise.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.classes.InvitationService;
import org.sourcewise.classes.TestClasses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The student's home shows an instructor's invitation, and accepting it puts the student in the class. */
@IntegrationTest
@WithUserDetails("student3")
class StudentHomeInvitationTest extends SpringBrowserlessTest {

    @Autowired
    TestClasses testClasses;
    @Autowired
    ClassService classes;
    @Autowired
    InvitationService invitations;
    @Autowired
    TestUsers users;

    @Test
    void an_invitation_on_the_home_page_is_accepted_with_one_click() {
        TestClasses.TestClass c = testClasses.newClass(null, java.util.Map.of());
        users.as(c.instructor(), () -> classes.addStudent(c.id(), "student3"));

        // the home the test opened at the start was built before the invitation existed: come back to it
        navigate("lessons", com.vaadin.flow.component.Component.class);
        navigate("student", com.vaadin.flow.component.Component.class);
        Div card = find(Div.class).all().stream().filter(d -> d.hasClassName("invitation-card")).findFirst().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("invites you to join the class", c.name());

        Button accept = find(Button.class).all().stream().filter(b -> "Accept".equals(b.getText())).findFirst().orElseThrow();
        test(accept).click();

        assertThat(invitations.mine()).isEmpty();
        assertThat(classes.myClasses()).extracting(ClassInfo::name).contains(c.name());
    }
}
