package org.sourcewise.classes;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Refusal;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.UserId;
import org.sourcewise.accounts.UserSummary;
import org.sourcewise.classes.internal.AssignmentEntity;
import org.sourcewise.classes.internal.AssignmentRepository;
import org.sourcewise.classes.internal.ClassMemberEntity;
import org.sourcewise.classes.internal.ClassMemberEntity.MemberRole;
import org.sourcewise.classes.internal.ClassMemberRepository;
import org.sourcewise.classes.internal.SchoolClassEntity;
import org.sourcewise.classes.internal.SchoolClassRepository;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.QuizService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes and their assignments, as the caller may see them: a student sees the classes they are in,
 * an instructor the classes they teach, an admin all. Managing a class (join code, roster,
 * assignments) is for the instructors who teach it and for admins; every such method checks that.
 */
@Service
@Transactional(readOnly = true)
public class ClassService {

    private final SchoolClassRepository classes;
    private final ClassMemberRepository members;
    private final AssignmentRepository assignments;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final CourseService courses;
    private final QuizService quizzes;
    private final InvitationService invitations;
    private final Clock clock;

    /** Letters and digits that cannot be mistaken for each other (no I, O, 0, 1). */
    static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String CODE_DIGITS = "23456789";
    static final int MAX_CSV_BYTES = 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    ClassService(SchoolClassRepository classes, ClassMemberRepository members, AssignmentRepository assignments,
                 CurrentUser currentUser, AccountService accounts, CourseService courses, QuizService quizzes,
                 InvitationService invitations, Clock clock) {
        this.invitations = invitations;
        this.classes = classes;
        this.members = members;
        this.assignments = assignments;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.courses = courses;
        this.quizzes = quizzes;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<ClassInfo> myClasses() {
        AccountPrincipal me = currentUser.require();
        List<SchoolClassEntity> visible = me.role() == Role.ADMIN
                ? classes.findAll()
                : classes.findByIdInOrderByName(members.findByUserId(me.id().value()).stream().map(ClassMemberEntity::getClassId).toList());
        boolean staff = me.role() != Role.STUDENT;
        Map<Long, Long> counts = studentCounts(visible, me.role() == Role.ADMIN);
        return visible.stream().map(c -> new ClassInfo(c.getId(), c.getName(), c.getCourseId(), staff ? c.getJoinCode() : null,
                counts.getOrDefault(c.getId(), 0L).intValue())).toList();
    }

    /** The assignments of every class the calling student is in, soonest due first. */
    @RolesAllowed("STUDENT")
    public List<AssignmentInfo> myAssignments() {
        Map<Long, SchoolClassEntity> mine = classes.findByIdInOrderByName(members.findByUserId(currentUser.id().value()).stream()
                .map(ClassMemberEntity::getClassId).toList()).stream()
                .collect(Collectors.toMap(SchoolClassEntity::getId, Function.identity()));
        return assignments.findByClassIdInOrderByDueAt(mine.keySet()).stream()
                .map(a -> new AssignmentInfo(a.getId(), a.getClassId(),
                        Objects.requireNonNull(mine.get(a.getClassId())).getName(), a.getQuizId(),
                        a.getLessonId(), a.getDueAt()))
                .toList();
    }

    /** One class, for the instructors who teach it and admins. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public ClassInfo classInfo(long classId) {
        return info(managed(classId), true);
    }

    /** Creates a class for a course; the caller becomes its instructor and it gets a new join code. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public ClassInfo createClass(String name, long courseId) {
        String shown = name == null ? "" : name.strip();
        if (shown.isEmpty() || shown.length() > 120) {
            throw new ClassException("classes.refused.name");
        }
        courses.findCourse(courseId).orElseThrow(() -> new ClassException("classes.refused.no-course"));
        Instant now = clock.instant();
        SchoolClassEntity created = classes.save(new SchoolClassEntity(shown, courseId, newJoinCode(), now));
        long me = currentUser.id().value();
        if (me > 0) {
            members.save(new ClassMemberEntity(created.getId(), me, MemberRole.INSTRUCTOR, now, false));
        }
        return info(created, true);
    }

    /** Gives the class a new join code; the old one stops working. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public String regenerateJoinCode(long classId) {
        SchoolClassEntity c = managed(classId);
        c.setJoinCode(newJoinCode());
        classes.save(c);
        return c.getJoinCode();
    }

    /** The students of a class, by name, with how and when they joined. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<RosterEntry> roster(long classId) {
        managed(classId);
        Map<Long, ClassMemberEntity> students = members.findByClassId(classId).stream()
                .filter(m -> m.getRole() == MemberRole.STUDENT)
                .collect(Collectors.toMap(ClassMemberEntity::getUserId, Function.identity()));
        return accounts.findAll(students.keySet().stream().map(UserId::new).toList()).stream()
                .map(u -> {
                    ClassMemberEntity m = Objects.requireNonNull(students.get(u.id().value()));
                    return new RosterEntry(u.id(), u.username(), u.displayName(), m.isJoinedByCode(), m.getJoinedAt());
                }).toList();
    }

    /**
     * Names an existing student account to the class: an admin enrols it; an instructor invites its
     * owner, who joins by accepting on their home page ({@link InvitationService}).
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public AddedStudent addStudent(long classId, String username) {
        managed(classId);
        Refusal problem = problemWith(classId, username, List.of());
        if (problem != null) {
            throw new ClassException(List.of(new ClassException.Problem(0, problem)));
        }
        return add(classId, accounts.findByUsername(username).orElseThrow());
    }

    /** The students invited to the class who have not answered yet. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<PendingInvitation> invitations(long classId) {
        managed(classId);
        return invitations.pending(classId);
    }

    /**
     * Adds the students a CSV names: one username per line, or a header row with a {@code username}
     * column. All or nothing: any unknown, non-student, repeated or already enrolled name is reported
     * with its line and no one is added.
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public List<AddedStudent> addStudentsFromCsv(long classId, byte[] csv) {
        managed(classId);
        if (csv.length > MAX_CSV_BYTES) {
            throw new ClassException("classes.refused.list-too-large");
        }
        // each record with the line it starts on (blank lines are skipped, so record numbers are not lines)
        List<CSVRecord> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (var parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            var it = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                if (!it.hasNext()) {
                    break;
                }
                CSVRecord r = it.next();
                records.add(r);
                lines.add(line);
            }
        } catch (IOException | RuntimeException e) {
            throw new ClassException("classes.refused.list-unreadable", String.valueOf(e.getMessage()));
        }
        int column = 0;
        boolean header = false;
        if (!records.isEmpty()) {
            List<String> first = records.getFirst().toList().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
            if (first.contains("username")) {
                column = first.indexOf("username");
                header = true;
            }
        }
        Map<Integer, String> names = new LinkedHashMap<>();
        List<ClassException.Problem> problems = new ArrayList<>();
        for (int i = header ? 1 : 0; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            int line = lines.get(i);
            String name = column < r.size() ? r.get(column).strip() : "";
            if (name.isEmpty()) {
                problems.add(new ClassException.Problem(line, Refusal.of("classes.refused.line-no-username")));
                continue;
            }
            Refusal problem = problemWith(classId, name, names.values());
            if (problem != null) {
                problems.add(new ClassException.Problem(line, problem));
            }
            names.put(line, name);
        }
        if (names.isEmpty() && problems.isEmpty()) {
            problems.add(new ClassException.Problem(0, Refusal.of("classes.refused.list-empty")));
        }
        if (!problems.isEmpty()) {
            throw new ClassException(problems);
        }
        return names.values().stream().map(n -> add(classId, accounts.findByUsername(n).orElseThrow())).toList();
    }

    /** Takes a student out of the class; their attempts stay. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public void removeStudent(long classId, UserId student) {
        managed(classId);
        ClassMemberEntity m = members.findById(new ClassMemberEntity.Key(classId, student.value()))
                .filter(x -> x.getRole() == MemberRole.STUDENT)
                .orElseThrow(() -> new ClassException("classes.refused.not-in-class"));
        members.delete(m);
    }

    /** Assigns a quiz of the class's course, due at {@code dueAt} (null: no due date). */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public AssignmentInfo assignQuiz(long classId, long quizId, @Nullable Instant dueAt) {
        SchoolClassEntity c = managed(classId);
        QuizInfo quiz = quizzes.find(quizId).orElseThrow(() -> new ClassException("classes.refused.no-quiz"));
        if (!Long.valueOf(quiz.courseId()).equals(c.getCourseId())) {
            throw new ClassException("classes.refused.quiz-of-another-course", quiz.title());
        }
        AssignmentEntity a = assignments.save(new AssignmentEntity(classId, quizId, null, dueAt, clock.instant()));
        return new AssignmentInfo(a.getId(), classId, c.getName(), quizId, null, dueAt);
    }

    /** The assignments of a class, soonest due first. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<AssignmentInfo> assignments(long classId) {
        SchoolClassEntity c = managed(classId);
        return assignments.findByClassIdInOrderByDueAt(List.of(classId)).stream()
                .map(a -> new AssignmentInfo(a.getId(), classId, c.getName(), a.getQuizId(), a.getLessonId(), a.getDueAt()))
                .toList();
    }

    // the class, if the caller teaches it or is an admin; "not found" and "not yours" read the same
    private SchoolClassEntity managed(long classId) {
        AccountPrincipal me = currentUser.require();
        SchoolClassEntity c = classes.findById(classId).orElseThrow(() -> new AccessDeniedException("no such class of yours"));
        if (me.role() != Role.ADMIN && members.findById(new ClassMemberEntity.Key(classId, me.id().value()))
                .filter(m -> m.getRole() == MemberRole.INSTRUCTOR).isEmpty()) {
            throw new AccessDeniedException("no such class of yours");
        }
        return c;
    }

    private @Nullable Refusal problemWith(long classId, @Nullable String username, java.util.Collection<String> earlier) {
        String name = username == null ? "" : username.strip();
        var user = name.isEmpty() ? java.util.Optional.<UserSummary>empty() : accounts.findByUsername(name);
        if (user.isEmpty()) {
            return Refusal.of("classes.refused.no-user", name);
        }
        if (user.get().role() != Role.STUDENT) {
            return Refusal.of("classes.refused.not-a-student", name);
        }
        if (earlier.stream().anyMatch(e -> e.equalsIgnoreCase(name))) {
            return Refusal.of("classes.refused.listed-twice", name);
        }
        if (members.existsByClassIdAndUserId(classId, user.get().id().value())) {
            return Refusal.of("classes.refused.already-in-class", name);
        }
        if (invitations.invited(classId, user.get().id())) {
            return Refusal.of("classes.refused.already-invited", name);
        }
        return null;
    }

    // an admin enrols; an instructor may not put someone's account in a class unasked, so invites
    private AddedStudent add(long classId, UserSummary student) {
        if (currentUser.require().role() == Role.ADMIN) {
            members.save(new ClassMemberEntity(classId, student.id().value(), MemberRole.STUDENT, clock.instant(), false));
            return new AddedStudent(student.username(), false);
        }
        invitations.invite(classId, student.id());
        return new AddedStudent(student.username(), true);
    }

    private String newJoinCode() {
        for (int tries = 0; tries < 50; tries++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
            }
            code.append('-');
            for (int i = 0; i < 4; i++) {
                code.append(CODE_DIGITS.charAt(RANDOM.nextInt(CODE_DIGITS.length())));
            }
            if (classes.findByJoinCodeIgnoreCase(code.toString()).isEmpty()) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free join code found");
    }

    /**
     * A class the caller teaches (any class, for an admin); empty when there is no such class or the
     * caller does not teach it, alike.
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Optional<ClassInfo> teachingClass(long classId) {
        // a class the caller does not teach reads as one that does not exist, so ids cannot be probed
        return classes.findById(classId).filter(c -> teaches(c.getId())).map(c -> info(c, true));
    }

    /** The students of a class the caller teaches (any class, for an admin). */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<UserId> studentIds(long classId) {
        requireTeaches(classId);
        return members.findByClassIdAndRole(classId, MemberRole.STUDENT).stream().map(m -> new UserId(m.getUserId())).toList();
    }

    /** The instructors of a class the caller teaches (any class, for an admin), by name. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<UserSummary> instructors(long classId) {
        requireTeaches(classId);
        return accounts.findAll(members.findByClassIdAndRole(classId, MemberRole.INSTRUCTOR).stream()
                .map(m -> new UserId(m.getUserId())).toList());
    }

    /**
     * The classes the caller teaches (all, for an admin) with their assignments, for views and calls
     * that span classes; a fixed number of queries however many classes there are.
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<ClassInfo> teachingClasses() {
        AccountPrincipal me = currentUser.require();
        List<SchoolClassEntity> visible = me.role() == Role.ADMIN ? classes.findAll()
                : classes.findByIdInOrderByName(members.findByUserIdAndRole(me.id().value(), MemberRole.INSTRUCTOR).stream()
                        .map(ClassMemberEntity::getClassId).toList());
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = studentCounts(visible, me.role() == Role.ADMIN);
        return visible.stream()
                .sorted(java.util.Comparator.comparing(SchoolClassEntity::getName, String.CASE_INSENSITIVE_ORDER))
                .map(c -> new ClassInfo(c.getId(), c.getName(), c.getCourseId(), c.getJoinCode(),
                        counts.getOrDefault(c.getId(), 0L).intValue()))
                .toList();
    }

    /** The assignments of every class the caller teaches (all, for an admin). */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<AssignmentInfo> teachingAssignments() {
        Map<Long, ClassInfo> mine = teachingClasses().stream().collect(Collectors.toMap(ClassInfo::id, Function.identity()));
        return mine.isEmpty() ? List.of() : assignments.findByClassIdInOrderByDueAt(mine.keySet()).stream()
                .map(a -> new AssignmentInfo(a.getId(), a.getClassId(),
                        Objects.requireNonNull(mine.get(a.getClassId())).name(), a.getQuizId(),
                        a.getLessonId(), a.getDueAt()))
                .toList();
    }

    private void requireTeaches(long classId) {
        if (!teaches(classId)) {
            throw new AccessDeniedException("you do not teach this class");
        }
    }

    private boolean teaches(long classId) {
        AccountPrincipal me = currentUser.require();
        return me.role() == Role.ADMIN || members.existsByClassIdAndUserIdAndRole(classId, me.id().value(), MemberRole.INSTRUCTOR);
    }

    /** Students per class in one query (for every class at once when the list is all of them). */
    private Map<Long, Long> studentCounts(List<SchoolClassEntity> list, boolean all) {
        if (list.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = all ? members.countByRole(MemberRole.STUDENT)
                : members.countByClassIdInAndRole(list.stream().map(SchoolClassEntity::getId).toList(), MemberRole.STUDENT);
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private ClassInfo info(SchoolClassEntity c, boolean staff) {
        int students = (int) members.countByClassIdAndRole(c.getId(), MemberRole.STUDENT);
        return new ClassInfo(c.getId(), c.getName(), c.getCourseId(), staff ? c.getJoinCode() : null, students);
    }
}
