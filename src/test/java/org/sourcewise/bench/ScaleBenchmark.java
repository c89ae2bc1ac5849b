package org.sourcewise.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Results at scale: generates 10,000 students in 300 classes, 50 quizzes and 50,000 submitted attempts
 * with 1,000,000 responses into a fresh database of the production jar, then times, through the real
 * REST API, the gradebook of a 300-student class and the statistics of a quiz with 5,000 attempts.
 *
 * <p>Run with {@code ./mvnw -Pscale verify}; {@code -Dscale.reuse=target/bench/scale-...} measures a database
 * generated before. See docs/performance.md. The generator writes with JDBC
 * while the server is stopped, because going through the services would take hours and measure the
 * generator instead of the reports. Its answers are plausible rather than re-scored: each response
 * carries the fraction and score the scorer would store, and single-choice responses name a real option.
 */
public final class ScaleBenchmark {

    private static final int STUDENTS = Integer.getInteger("scale.students", 10_000);
    private static final int CLASSES = Integer.getInteger("scale.classes", 300);
    private static final int QUIZZES = Integer.getInteger("scale.quizzes", 50);
    private static final int BIG_CLASS = 300;
    private static final int QUESTIONS_PER_QUIZ = 20;
    private static final int INSTRUCTORS = 30;
    private static final int RUNS = 10;
    private static final String PASSWORD = "scale-password";

    private final Random random = new Random(2017);

    public static void main(String[] args) throws Exception {
        new ScaleBenchmark().run();
    }

    private record Question(long id, long versionId, String type, int correctOption, int options) {
    }

    private record Generated(long bigClassId, long bigQuizId, long attempts, long responses, Duration took) {
    }

    private void run() throws Exception {
        Path jar = BenchServer.findJar();
        String reuse = System.getProperty("scale.reuse", "none");
        boolean generate = reuse.isBlank() || reuse.equals("none");
        Path dir = generate ? Path.of("target", "bench", "scale-" + System.currentTimeMillis()).toAbsolutePath() : Path.of(reuse).toAbsolutePath();
        Files.createDirectories(dir);
        int port = BenchServer.freePort();
        String base = "http://localhost:" + port;
        String heap = System.getProperty("scale.heap", "1g");

        Generated data;
        if (generate) {
            BenchServer.log("Scale benchmark: %d students, %d classes, %d quizzes; -Xmx%s", STUDENTS, CLASSES, QUIZZES, heap);
            Process first = BenchServer.start(jar, dir, port, heap, false, 0);
            BenchServer.waitUntilUp(base);
            BenchServer.stop(first);
            try (Connection db = DriverManager.getConnection(BenchServer.jdbcUrl(dir), "sa", "")) {
                data = generate(db);
            }
            BenchServer.log("Generated %,d attempts and %,d responses in %d s", data.attempts(), data.responses(), data.took().toSeconds());
        } else {
            try (Connection db = DriverManager.getConnection(BenchServer.jdbcUrl(dir), "sa", "")) {
                data = new Generated(single(db, "select id from school_class where name = 'Scale class 001'"),
                        single(db, "select id from quiz where quiz_key = 'scale-01'"), single(db, "select count(*) from attempt"),
                        single(db, "select count(*) from response"), Duration.ZERO);
            }
            BenchServer.log("Reusing %s: %,d attempts and %,d responses", dir, data.attempts(), data.responses());
        }

        Process server = BenchServer.start(jar, dir, port, heap, Boolean.getBoolean("scale.jfr"), 0);
        StringBuilder out = new StringBuilder();
        try {
            BenchServer.waitUntilUp(base);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            out.append(String.format(Locale.ROOT, "## Results at scale: %,d students, %d classes, %d quizzes, %,d attempts, %,d responses%n%n",
                    STUDENTS, CLASSES, QUIZZES, data.attempts(), data.responses()));
            out.append(String.format(Locale.ROOT, "Date %s, commit %s, machine: %s; server -Xmx%s. Each call: 1 cold, then %d timed; "
                    + "times include HTTP Basic's BCrypt check (the first row shows its cost on a small call).%n%n",
                    Instant.now(), BenchServer.commit(), BenchServer.machine(), heap, RUNS));
            out.append(storeMarks(http, server.pid(), base + "/api/v1/quizzes/" + data.bigQuizId() + "/statistics?selection=FIRST"));
            out.append(String.format(Locale.ROOT, "Load average when measuring: %s.%n%n", loadAverage()));
            out.append("| call | as | cold ms | median ms | max ms | server CPU ms per call | bytes |\n|---|---|---|---|---|---|---|\n");
            out.append(measure(http, server.pid(), base + "/api/v1/courses", "admin", "demo-admin"));
            out.append(measure(http, server.pid(), base + "/api/v1/classes/" + data.bigClassId() + "/gradebook?format=json", "admin", "demo-admin"));
            out.append(measure(http, server.pid(), base + "/api/v1/classes/" + data.bigClassId() + "/gradebook?format=json", "instructor", "demo-instructor"));
            out.append(measure(http, server.pid(), base + "/api/v1/classes/" + data.bigClassId() + "/gradebook?format=csv", "instructor", "demo-instructor"));
            out.append(measure(http, server.pid(), base + "/api/v1/quizzes/" + data.bigQuizId() + "/statistics?selection=FIRST", "admin", "demo-admin"));
            out.append(measure(http, server.pid(), base + "/api/v1/quizzes/" + data.bigQuizId() + "/statistics?selection=ALL", "admin", "demo-admin"));
            out.append(measure(http, server.pid(), base + "/api/v1/classes", "admin", "demo-admin"));
        } finally {
            BenchServer.stop(server);
        }
        System.out.println(out);
        Files.writeString(dir.resolve("results.md"), out.toString());
        Files.writeString(Path.of("target", "bench", "results-scale.md"), out.toString());
    }

    /**
     * Generated attempts have no stored copy of their marks, which a server writes when an attempt is
     * submitted; the first statistics call reads them the long way and writes the copies in the
     * background. Make that call, wait until the server is idle, and say what it cost.
     */
    private static String storeMarks(HttpClient http, long pid, String statisticsUrl) throws Exception {
        double cpuBefore = BenchServer.cpuSeconds(pid);
        long start = System.nanoTime();
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(statisticsUrl))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo-admin".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.discarding());
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(statisticsUrl + ": HTTP " + response.statusCode());
        }
        double last = BenchServer.cpuSeconds(pid);
        do {
            Thread.sleep(2000);
            double now = BenchServer.cpuSeconds(pid);
            if (now - last < 0.1) {
                break;
            }
            last = now;
        } while ((System.nanoTime() - start) < Duration.ofMinutes(5).toNanos());
        return String.format(Locale.ROOT, "Before measuring, one statistics call of the big quiz (%d ms, JIT cold) read any attempts "
                + "without a stored copy of their marks the long way and queued their copies; the server then worked %.1f s of CPU "
                + "until idle (when the copies already exist, that is the JIT warming up).%n%n", firstMs, BenchServer.cpuSeconds(pid) - cpuBefore);
    }

    private static String measure(HttpClient http, long pid, String url, String username, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(120)).build();
        long cold = 0;
        long bytes = 0;
        List<Long> times = new ArrayList<>();
        double cpuBefore = 0;
        for (int i = 0; i <= RUNS; i++) {
            if (i == 1) {
                cpuBefore = BenchServer.cpuSeconds(pid);
            }
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long micros = (System.nanoTime() - start) / 1000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " as " + username + ": HTTP " + response.statusCode());
            }
            bytes = response.body().length;
            if (i == 0) {
                cold = micros;
            } else {
                times.add(micros);
            }
        }
        // server CPU per warm call: unlike wall time, it does not grow when other work shares the machine
        double cpuPerCall = (BenchServer.cpuSeconds(pid) - cpuBefore) * 1000 / RUNS;
        Collections.sort(times);
        String line = String.format(Locale.ROOT, "| `GET %s` | %s | %.0f | %.0f | %.0f | %.0f | %,d |%n", URI.create(url).getRawPath()
                        + (URI.create(url).getRawQuery() == null ? "" : "?" + URI.create(url).getRawQuery()), username,
                cold / 1000.0, BenchServer.percentile(times, 50) / 1000.0, times.getLast() / 1000.0, cpuPerCall, bytes);
        BenchServer.log("%s", line.strip());
        return line;
    }

    private Generated generate(Connection db) throws Exception {
        long started = System.nanoTime();
        db.setAutoCommit(false);
        long courseId = single(db, "select id from course where slug = 'russia-north-korea-2017'");
        long demoInstructor = single(db, "select id from app_user where username = 'instructor'");
        List<Question> bank = bank(db, courseId);
        Timestamp now = Timestamp.from(Instant.now().minus(Duration.ofDays(7)));
        String hash = new BCryptPasswordEncoder().encode(PASSWORD);

        long firstUser = single(db, "select coalesce(max(id), 0) + 1 from app_user");
        try (PreparedStatement user = db.prepareStatement(
                "insert into app_user (id, username, password_hash, display_name, role, enabled, created_at) values (?, ?, ?, ?, ?, true, ?)")) {
            for (int i = 0; i < STUDENTS + INSTRUCTORS; i++) {
                boolean student = i < STUDENTS;
                user.setLong(1, firstUser + i);
                user.setString(2, student ? String.format(Locale.ROOT, "scale%05d", i + 1) : String.format(Locale.ROOT, "scaleteacher%02d", i - STUDENTS + 1));
                user.setString(3, hash);
                user.setString(4, student ? "Scale Student " + (i + 1) : "Scale Teacher " + (i - STUDENTS + 1));
                user.setString(5, student ? "STUDENT" : "INSTRUCTOR");
                user.setTimestamp(6, now);
                user.addBatch();
            }
            user.executeBatch();
        }
        restart(db, "app_user", firstUser + STUDENTS + INSTRUCTORS);

        // 300 classes: the first holds 300 students, the others share the rest
        long firstClass = single(db, "select coalesce(max(id), 0) + 1 from school_class");
        int[] classOfStudent = new int[STUDENTS];
        try (PreparedStatement cls = db.prepareStatement("insert into school_class (id, name, course_id, join_code, created_at) values (?, ?, ?, ?, ?)");
             PreparedStatement member = db.prepareStatement("insert into class_member (class_id, user_id, role, joined_at, joined_by_code) values (?, ?, ?, ?, false)")) {
            for (int c = 0; c < CLASSES; c++) {
                cls.setLong(1, firstClass + c);
                cls.setString(2, String.format(Locale.ROOT, "Scale class %03d", c + 1));
                cls.setLong(3, courseId);
                cls.setString(4, String.format(Locale.ROOT, "SCALE-%04d", c + 1));
                cls.setTimestamp(5, now);
                cls.addBatch();
                // the demo instructor teaches the big class and every tenth one; generated teachers the rest
                member.setLong(1, firstClass + c);
                member.setLong(2, c % 10 == 0 ? demoInstructor : firstUser + STUDENTS + c % INSTRUCTORS);
                member.setString(3, "INSTRUCTOR");
                member.setTimestamp(4, now);
                member.addBatch();
            }
            for (int s = 0; s < STUDENTS; s++) {
                int c = s < BIG_CLASS ? 0 : 1 + (s - BIG_CLASS) % (CLASSES - 1);
                classOfStudent[s] = c;
                member.setLong(1, firstClass + c);
                member.setLong(2, firstUser + s);
                member.setString(3, "STUDENT");
                member.setTimestamp(4, now);
                member.addBatch();
            }
            cls.executeBatch();
            member.executeBatch();
        }
        restart(db, "school_class", firstClass + CLASSES);

        // 50 quizzes like the final, each with 20 fixed questions of the bank
        long finalQuiz = single(db, "select id from quiz where quiz_key = 'final'");
        long firstQuiz = single(db, "select coalesce(max(id), 0) + 1 from quiz");
        long firstSlot = single(db, "select coalesce(max(id), 0) + 1 from quiz_slot");
        long[][] slotIds = new long[QUIZZES][QUESTIONS_PER_QUIZ];
        Question[][] quizQuestions = new Question[QUIZZES][];
        try (PreparedStatement quiz = db.prepareStatement("insert into quiz (id, course_id, quiz_key, title, description, time_limit_seconds, "
                + "attempts_allowed, grading_method, open_at, close_at, shuffle_questions, shuffle_options, review_policy, pass_mark, lock_version) "
                + "select ?, course_id, ?, ?, description, time_limit_seconds, 2, grading_method, open_at, close_at, shuffle_questions, "
                + "shuffle_options, review_policy, pass_mark, 0 from quiz where id = ?");
             PreparedStatement slot = db.prepareStatement("insert into quiz_slot (id, quiz_id, position, question_id, draw_count, points) values (?, ?, ?, ?, 1, 1)")) {
            for (int q = 0; q < QUIZZES; q++) {
                quiz.setLong(1, firstQuiz + q);
                quiz.setString(2, String.format(Locale.ROOT, "scale-%02d", q + 1));
                quiz.setString(3, String.format(Locale.ROOT, "Scale quiz %02d", q + 1));
                quiz.setLong(4, finalQuiz);
                quiz.addBatch();
                List<Question> shuffled = new ArrayList<>(bank);
                Collections.shuffle(shuffled, random);
                quizQuestions[q] = shuffled.subList(0, QUESTIONS_PER_QUIZ).toArray(Question[]::new);
                for (int p = 0; p < QUESTIONS_PER_QUIZ; p++) {
                    long id = firstSlot + (long) q * QUESTIONS_PER_QUIZ + p;
                    slotIds[q][p] = id;
                    slot.setLong(1, id);
                    slot.setLong(2, firstQuiz + q);
                    slot.setInt(3, p + 1);
                    slot.setLong(4, quizQuestions[q][p].id());
                    slot.addBatch();
                }
            }
            quiz.executeBatch();
            slot.executeBatch();
        }
        restart(db, "quiz", firstQuiz + QUIZZES);
        restart(db, "quiz_slot", firstSlot + (long) QUIZZES * QUESTIONS_PER_QUIZ);

        // every class: quiz 1 and four others
        int[][] quizzesOfClass = new int[CLASSES][5];
        try (PreparedStatement assignment = db.prepareStatement("insert into assignment (class_id, quiz_id, due_at, created_at) values (?, ?, ?, ?)")) {
            for (int c = 0; c < CLASSES; c++) {
                quizzesOfClass[c][0] = 0;
                for (int k = 1; k < 5; k++) {
                    quizzesOfClass[c][k] = 1 + (c * 4 + k - 1) % (QUIZZES - 1);
                }
                for (int q : quizzesOfClass[c]) {
                    assignment.setLong(1, firstClass + c);
                    assignment.setLong(2, firstQuiz + q);
                    assignment.setTimestamp(3, Timestamp.from(now.toInstant().plus(Duration.ofDays(3))));
                    assignment.setTimestamp(4, now);
                    assignment.addBatch();
                }
            }
            assignment.executeBatch();
        }
        db.commit();

        // attempts: half the students take quiz 1 (5,000 attempts; the big class all of it), everyone takes
        // their four other quizzes, and half take a second attempt at one of them
        long attemptId = single(db, "select coalesce(max(id), 0) + 1 from attempt");
        long attempts = 0;
        long responses = 0;
        try (PreparedStatement attempt = db.prepareStatement("insert into attempt (id, quiz_id, student_id, attempt_number, state, started_at, "
                + "deadline, submitted_at, submitted_by, score, max_score, current_position, lock_version, class_id) "
                + "values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, 'STUDENT', ?, ?, ?, 1, ?)");
             PreparedStatement question = db.prepareStatement("insert into attempt_question (attempt_id, position, slot_id, question_id, question_version_id, points) "
                     + "values (?, ?, ?, ?, ?, 1)");
             PreparedStatement response = db.prepareStatement("insert into response (attempt_id, position, answer, flagged, fraction, score, needs_grading, saved_at) "
                     + "values (?, ?, ?, false, ?, ?, false, ?)")) {
            for (int s = 0; s < STUDENTS; s++) {
                double ability = 0.25 + random.nextDouble() * 0.7;
                int c = classOfStudent[s];
                List<int[]> taken = new ArrayList<>(); // {quiz index, attempt number}
                if (s < STUDENTS / 2) {
                    taken.add(new int[] {0, 1});
                }
                for (int k = 1; k < 5; k++) {
                    taken.add(new int[] {quizzesOfClass[c][k], 1});
                }
                if (s % 2 == 1) {
                    taken.add(new int[] {quizzesOfClass[c][1], 2});
                }
                for (int[] t : taken) {
                    int q = t[0];
                    Instant start = now.toInstant().plus(Duration.ofMinutes(random.nextInt(60 * 24 * 3)));
                    double score = 0;
                    for (int p = 0; p < QUESTIONS_PER_QUIZ; p++) {
                        Question item = quizQuestions[q][p];
                        // harder items for later slots, so that facility varies between questions
                        boolean right = random.nextDouble() < ability * (1.15 - p * 0.02);
                        question.setLong(1, attemptId);
                        question.setInt(2, p + 1);
                        question.setLong(3, slotIds[q][p]);
                        question.setLong(4, item.id());
                        question.setLong(5, item.versionId());
                        question.addBatch();
                        response.setLong(1, attemptId);
                        response.setInt(2, p + 1);
                        response.setString(3, answer(item, right));
                        response.setDouble(4, right ? 1 : 0);
                        response.setDouble(5, right ? 1 : 0);
                        response.setTimestamp(6, Timestamp.from(start.plusSeconds(30L * (p + 1))));
                        response.addBatch();
                        score += right ? 1 : 0;
                        responses++;
                    }
                    attempt.setLong(1, attemptId);
                    attempt.setLong(2, firstQuiz + q);
                    attempt.setLong(3, firstUser + s);
                    attempt.setInt(4, t[1]);
                    attempt.setTimestamp(5, Timestamp.from(start));
                    attempt.setTimestamp(6, Timestamp.from(start.plus(Duration.ofMinutes(30))));
                    attempt.setTimestamp(7, Timestamp.from(start.plus(Duration.ofMinutes(12))));
                    attempt.setDouble(8, score);
                    attempt.setDouble(9, QUESTIONS_PER_QUIZ);
                    attempt.setInt(10, QUESTIONS_PER_QUIZ);
                    // taken through the student's class, which staff must teach to see it (issue 12)
                    attempt.setLong(11, firstClass + c);
                    attempt.addBatch();
                    attemptId++;
                    attempts++;
                }
                if (s % 250 == 249) {
                    attempt.executeBatch();
                    question.executeBatch();
                    response.executeBatch();
                    db.commit();
                }
            }
            attempt.executeBatch();
            question.executeBatch();
            response.executeBatch();
            db.commit();
        }
        restart(db, "attempt", attemptId);
        db.commit();
        return new Generated(firstClass, firstQuiz, attempts, responses, Duration.ofNanos(System.nanoTime() - started));
    }

    /** A stored answer in authored terms: the key or another option for single choice, a token otherwise. */
    private String answer(Question q, boolean right) {
        if (q.type().equals("SINGLE_CHOICE") && q.options() > 1) {
            int chosen = right ? q.correctOption() : (q.correctOption() + 1 + random.nextInt(q.options() - 1)) % q.options();
            return "[\"" + chosen + "\"]";
        }
        return right ? "[\"right\"]" : "[\"wrong\"]";
    }

    private static List<Question> bank(Connection db, long courseId) throws Exception {
        List<Question> bank = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("select q.id, v.id, v.type, "
                + "(select min(o.position) from question_option o where o.version_id = v.id and o.weight = "
                + "  (select max(o2.weight) from question_option o2 where o2.version_id = v.id)), "
                + "(select count(*) from question_option o where o.version_id = v.id) "
                + "from question q join question_version v on v.question_id = q.id and v.version = q.current_version "
                + "where q.course_id = ? and q.status = 'PUBLISHED' and v.type <> 'ESSAY' order by q.id")) {
            st.setLong(1, courseId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    bank.add(new Question(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
                }
            }
        }
        if (bank.size() < QUESTIONS_PER_QUIZ) {
            throw new IllegalStateException("the demo course has only " + bank.size() + " published questions");
        }
        return bank;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void restart(Connection db, String table, long next) throws Exception {
        try (Statement st = db.createStatement()) {
            st.execute("alter table " + table + " alter column id restart with " + next);
        }
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return rs.getLong(1);
        }
    }
}
