package org.sourcewise.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.BeforeEach;
import org.sourcewise.ServerSecurityContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error of the REST API, through the real servlet container (where an error used to become an
 * empty 403 on its way to the error page): RFC 9457 problem JSON with the status that fits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiErrorsIT {

    private static final String COURSE = "/api/v1/courses/russia-north-korea-2017";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext server;

    @BeforeEach
    void useThisServersSecurityContext() {
        ServerSecurityContext.use(server);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "text/plain");
        if (!user.isEmpty()) {
            String password = "demo-" + user;
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0} {1} as ''{2}'' answers {4}")
    @CsvSource(delimiter = '|', value = {
            "GET    | /api/v1/courses                                  | ''         | ''                    | 401 | Sign in",
            "GET    | /api/v1/courses                                  | student    | ''                    | 403 | instructors and administrators",
            "GET    | /api/v1/classes/999999/gradebook                 | instructor | ''                    | 404 | no class 999999",
            "GET    | /api/v1/courses/no-such-course/claims            | instructor | ''                    | 404 | no course 'no-such-course'",
            "GET    | /api/v1/no-such-thing                            | instructor | ''                    | 404 | no API path /api/v1/no-such-thing",
            "GET    | /api/v2/anything                                 | admin      | ''                    | 404 | no API path",
            "DELETE | /api/v1/courses                                  | instructor | ''                    | 405 | DELETE",
            "GET    | " + COURSE + "/questions?format=xyz              | instructor | ''                    | 400 | unknown format",
            "POST   | " + COURSE + "/questions?format=xyz              | instructor | x                     | 400 | unknown format 'xyz'",
            "POST   | " + COURSE + "/questions?format=json&dryRun=true | instructor | {\"version\": 1e400}  | 422 | nothing was imported",
            "POST   | " + COURSE + "/questions?format=gift&dryRun=true | instructor | ::q:: broken {        | 422 | 1 error",
            "GET    | /api/v1/classes/abc/gradebook                    | instructor | ''                    | 400 | ''",
    })
    void an_api_error_is_problem_json_with_its_status(String method, String path, String user, String body, int status,
                                                     String detail) throws Exception {
        HttpResponse<String> answer = call(method, path, user, body);

        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.shared().readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).containsIgnoringCase(detail);
    }

    @ParameterizedTest
    @CsvSource({"2100000, 413"})
    void a_file_over_the_limit_is_a_413_problem(int size, int status) throws Exception {
        HttpResponse<String> answer = call("POST", COURSE + "/questions?format=gift&dryRun=true", "instructor", "x".repeat(size));

        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(JsonMapper.shared().readTree(answer.body()).path("detail").asString()).contains("up to 2 MB");
    }
}
