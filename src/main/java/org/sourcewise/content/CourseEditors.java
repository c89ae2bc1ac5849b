package org.sourcewise.content;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.UserId;
import org.sourcewise.accounts.UserSummary;
import org.sourcewise.content.internal.CourseEditorEntity;
import org.sourcewise.content.internal.CourseEditorRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a course (docs/admin.md, "Who sees what"): its editors, that is the instructor who
 * created it and the co-editors that the creator or an admin adds, and admins. Other instructors read
 * published content and assign its quizzes to their classes, but a changed pass mark or grading
 * method, which regrades every class that took the quiz, is not theirs to make. The services that
 * change a bank or a quiz ask {@link #requireEditor} first.
 */
@Service
@Transactional(readOnly = true)
public class CourseEditors {

    private final CourseEditorRepository editors;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    CourseEditors(CourseEditorRepository editors, AccountService accounts, CurrentUser currentUser,
                  Clock clock) {
        this.editors = editors;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the caller may change the course's bank and quizzes. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit(long courseId) {
        AccountPrincipal me = currentUser.require();
        return me.role() == Role.ADMIN
                || me.role() == Role.INSTRUCTOR && editors.existsByCourseIdAndUserId(courseId, me.id().value());
    }

    /** Refuses unless the caller may change the course. */
    @PreAuthorize("isAuthenticated()")
    public void requireEditor(long courseId) {
        if (!mayEdit(courseId)) {
            throw new AccessDeniedException("you are not an editor of this course");
        }
    }

    /** The course's editors, the creator first. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<CourseEditor> editors(long courseId) {
        List<CourseEditorEntity> found = editors.findByCourseIdOrderByAddedAt(courseId);
        Map<Long, UserSummary> users = accounts.findAll(found.stream().map(e -> new UserId(e.getUserId())).toList()).stream()
                .collect(Collectors.toMap(u -> u.id().value(), Function.identity()));
        return found.stream().filter(e -> users.containsKey(e.getUserId()))
                .sorted((a, b) -> Boolean.compare(b.isCreator(), a.isCreator()))
                .map(e -> {
                    UserSummary u = java.util.Objects.requireNonNull(users.get(e.getUserId()));
                    return new CourseEditor(u.id(), u.username(), u.displayName(), e.isCreator());
                }).toList();
    }

    /** Adds an instructor as co-editor; the course's creator or an admin may. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public CourseEditor addEditor(long courseId, String username) {
        requireCreatorOrAdmin(courseId);
        UserSummary user = accounts.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new CourseEditorException("content.editors.no-user", String.valueOf(username)));
        if (user.role() != Role.INSTRUCTOR) {
            throw new CourseEditorException("content.editors.not-instructor", user.username());
        }
        if (editors.existsByCourseIdAndUserId(courseId, user.id().value())) {
            throw new CourseEditorException("content.editors.already-edits", user.username());
        }
        editors.save(new CourseEditorEntity(courseId, user.id().value(), false, clock.instant()));
        return new CourseEditor(user.id(), user.username(), user.displayName(), false);
    }

    /** Removes a co-editor (never the creator); the creator or an admin may. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public void removeEditor(long courseId, UserId editor) {
        requireCreatorOrAdmin(courseId);
        CourseEditorEntity found = editors.findById(new CourseEditorEntity.Key(courseId, editor.value()))
                .orElseThrow(() -> new CourseEditorException("content.editors.not-an-editor"));
        if (found.isCreator()) {
            throw new CourseEditorException("content.editors.creator-stays");
        }
        editors.delete(found);
    }

    /** Records the instructor who just created a course as its creator; called by the service that created it. */
    @Transactional
    void recordCreator(long courseId, UserId creator) {
        if (!editors.existsByCourseIdAndUserId(courseId, creator.value())) {
            editors.save(new CourseEditorEntity(courseId, creator.value(), true, clock.instant()));
        }
    }

    /** Whether the caller may add and remove the course's co-editors: its creator or an admin. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayManageEditors(long courseId) {
        AccountPrincipal me = currentUser.require();
        return me.role() == Role.ADMIN || editors.existsByCourseIdAndUserIdAndCreatorTrue(courseId, me.id().value());
    }

    private void requireCreatorOrAdmin(long courseId) {
        if (!mayManageEditors(courseId)) {
            throw new AccessDeniedException("only the course's creator or an admin manages its editors");
        }
    }
}
