package org.sourcewise.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An instructor cannot put someone's account in a class unasked: the student accepts or declines. */
@IntegrationTest
class InvitationTest {

    @Autowired
    ClassService classes;
    @Autowired
    InvitationService invitations;
    @Autowired
    TestClasses testClasses;
    @Autowired
    TestUsers users;

    @Test
    void a_student_an_instructor_names_is_invited_and_joins_only_on_accepting() {
        TestClasses.TestClass c = testClasses.newClass(null, java.util.Map.of());
        String student = users.newDemoStudent();

        AddedStudent added = users.as(c.instructor(), () -> classes.addStudent(c.id(), student));

        assertThat(added.invited()).isTrue();
        assertThat(users.as(c.instructor(), () -> classes.roster(c.id()))).isEmpty();
        assertThat(users.as(c.instructor(), () -> classes.invitations(c.id()))).extracting(PendingInvitation::username)
                .containsExactly(student);
        Invitation invitation = users.as(student, () -> invitations.mine()).getFirst();
        assertThat(invitation.className()).isEqualTo(c.name());
        assertThat(invitation.invitedBy()).contains("Test Teacher");

        users.run(student, () -> invitations.accept(invitation.id()));

        assertThat(users.as(c.instructor(), () -> classes.roster(c.id()))).extracting(RosterEntry::username).containsExactly(student);
        assertThat(users.as(student, () -> invitations.mine())).isEmpty();
        assertThat(users.as(c.instructor(), () -> classes.invitations(c.id()))).isEmpty();
    }

    @Test
    void a_declined_invitation_leaves_the_student_out_and_can_be_sent_again() {
        TestClasses.TestClass c = testClasses.newClass(null, java.util.Map.of());
        String student = users.newDemoStudent();
        users.as(c.instructor(), () -> classes.addStudent(c.id(), student));
        assertThatThrownBy(() -> users.as(c.instructor(), () -> classes.addStudent(c.id(), student)))
                .isInstanceOf(ClassException.class).hasMessageContaining("already invited");

        users.run(student, () -> invitations.decline(users.as(student, () -> invitations.mine()).getFirst().id()));

        assertThat(users.as(c.instructor(), () -> classes.roster(c.id()))).isEmpty();
        assertThat(users.as(c.instructor(), () -> classes.addStudent(c.id(), student)).invited()).isTrue();
    }

    @Test
    void only_the_invited_student_can_answer_an_invitation() {
        TestClasses.TestClass c = testClasses.newClass(null, java.util.Map.of());
        String student = users.newDemoStudent();
        String someoneElse = users.newDemoStudent();
        users.as(c.instructor(), () -> classes.addStudent(c.id(), student));
        long id = users.as(student, () -> invitations.mine()).getFirst().id();

        assertThatThrownBy(() -> users.run(someoneElse, () -> invitations.accept(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(someoneElse, () -> invitations.decline(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(c.instructor(), () -> invitations.accept(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(c.instructor(), () -> classes.roster(c.id()))).isEmpty();
    }

    @Test
    void an_admin_still_enrols_directly() {
        TestClasses.TestClass c = testClasses.newClass(null, java.util.Map.of());
        String student = users.newDemoStudent();

        assertThat(users.as("admin", () -> classes.addStudent(c.id(), student)).invited()).isFalse();

        assertThat(users.as(c.instructor(), () -> classes.roster(c.id()))).extracting(RosterEntry::username).containsExactly(student);
        assertThat(users.as(student, () -> invitations.mine())).isEmpty();
    }
}
