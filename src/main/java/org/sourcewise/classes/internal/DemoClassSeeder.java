package org.sourcewise.classes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.accounts.UserSummary;
import org.sourcewise.content.CourseEditors;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.QuizService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * In demo mode, creates the demo class of demo/demo.yaml once: its members and its assignments, with
 * due dates counted from this first start-up.
 */
@Component
@Order(30)
class DemoClassSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClassSeeder.class);

    record DemoClass(String name, String course, String joinCode, List<String> instructors, List<String> students,
                     List<DemoAssignment> assignments) {
    }

    record DemoAssignment(String quiz, Integer dueInDays) {
    }

    private final boolean demo;
    private final SchoolClassRepository classes;
    private final ClassMemberRepository members;
    private final AssignmentRepository assignments;
    private final AccountService accounts;
    private final CourseService courses;
    private final QuizService quizzes;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CourseEditors editors;

    DemoClassSeeder(@Value("${sourcewise.demo:true}") boolean demo, SchoolClassRepository classes, ClassMemberRepository members,
                    AssignmentRepository assignments, AccountService accounts, CourseService courses, QuizService quizzes,
                    TransactionTemplate transaction, Clock clock, CourseEditors editors) {
        this.demo = demo;
        this.classes = classes;
        this.members = members;
        this.assignments = assignments;
        this.accounts = accounts;
        this.courses = courses;
        this.quizzes = quizzes;
        this.transaction = transaction;
        this.clock = clock;
        this.editors = editors;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo) {
            SystemTask.run(() -> transaction.executeWithoutResult(status -> seed(read())));
        } else {
            SystemTask.run(() -> transaction.executeWithoutResult(status -> retireJoinCode(read())));
        }
    }

    /**
     * Outside demo mode the demo's join code, printed in the README and on the login page, must stop
     * opening the demo class: the class keeps its members and results, under a code no one knows
     * (an instructor of the class can show or renew it).
     */
    private void retireJoinCode(DemoClass spec) {
        classes.findByJoinCodeIgnoreCase(spec.joinCode()).ifPresent(c -> {
            String retired = "X" + java.util.HexFormat.of().toHexDigits(new java.security.SecureRandom().nextLong()).substring(0, 15);
            c.setJoinCode(retired.toUpperCase(java.util.Locale.ROOT));
            log.warn("Demo mode is off: the demo join code {} no longer opens class '{}'", spec.joinCode(), c.getName());
        });
    }

    private void seed(DemoClass spec) {
        CourseInfo course = courses.findCourse(spec.course())
                .orElseThrow(() -> new IllegalStateException("demo/demo.yaml: the demo class's course '" + spec.course() + "' is not imported"));
        // the demo's instructors edit the demo's course (on a database from before course editors too)
        var editing = editors.editors(course.id()).stream().map(e -> e.username()).toList();
        for (String username : spec.instructors()) {
            if (editing.stream().noneMatch(username::equalsIgnoreCase)) {
                editors.addEditor(course.id(), username);
            }
        }
        if (classes.findByJoinCodeIgnoreCase(spec.joinCode()).isPresent()) {
            return;
        }
        var now = clock.instant();
        SchoolClassEntity schoolClass = classes.save(new SchoolClassEntity(spec.name(), course.id(), spec.joinCode(), now));
        for (String username : spec.instructors()) {
            members.save(new ClassMemberEntity(schoolClass.getId(), user(username).id().value(), ClassMemberEntity.MemberRole.INSTRUCTOR, now, false));
        }
        for (String username : spec.students()) {
            members.save(new ClassMemberEntity(schoolClass.getId(), user(username).id().value(), ClassMemberEntity.MemberRole.STUDENT, now, false));
        }
        for (DemoAssignment a : spec.assignments()) {
            QuizInfo quiz = quizzes.find(course.id(), a.quiz())
                    .orElseThrow(() -> new IllegalStateException("demo/demo.yaml: no quiz '" + a.quiz() + "' in " + spec.course()));
            var due = a.dueInDays() == null ? null : now.plus(Duration.ofDays(a.dueInDays()));
            assignments.save(new AssignmentEntity(schoolClass.getId(), quiz.id(), null, due, now));
        }
        log.info("Demo class '{}' created with join code {}", spec.name(), spec.joinCode());
    }

    private UserSummary user(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("demo/demo.yaml: no demo account '" + username + "'"));
    }

    private static DemoClass read() {
        var mapper = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = new ClassPathResource("demo/demo.yaml").getInputStream()) {
            return mapper.treeToValue(mapper.readTree(in).path("class"), DemoClass.class);
        } catch (IOException e) {
            throw new UncheckedIOException("demo/demo.yaml is missing from the class path", e);
        }
    }
}
