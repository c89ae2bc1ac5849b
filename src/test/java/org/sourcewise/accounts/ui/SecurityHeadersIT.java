package org.sourcewise.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.sourcewise.ServerSecurityContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The headers of pages and API answers through the real servlet container, with the API description
 * not public (as outside demo mode) and one allowed image host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sourcewise.api-docs.public=false", "sourcewise.content.image-hosts=images.school.example"})
@ActiveProfiles("test")
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext server;

    @BeforeEach
    void useThisServersSecurityContext() {
        ServerSecurityContext.use(server);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String basicUser) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":demo-" + basicUser).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void a_page_carries_a_csp_vaadin_works_under_and_the_other_security_headers() throws Exception {
        HttpResponse<String> login = get("/login", null);

        assertThat(login.statusCode()).isEqualTo(200);
        String csp = header(login, "Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'", "frame-ancestors 'none'",
                "form-action 'self'", "object-src 'none'", "img-src 'self' data: blob: https://images.school.example");
        assertThat(header(login, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(login, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(login, "Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(header(login, "Cache-Control")).contains("no-store");
        assertThat(header(login, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .allSatisfy(c -> assertThat(c).contains("SameSite=Lax", "HttpOnly"));
    }

    @Test
    void api_answers_forbid_everything_active_and_the_description_needs_a_staff_login() throws Exception {
        HttpResponse<String> courses = get("/api/v1/courses", "instructor");
        assertThat(courses.statusCode()).isEqualTo(200);
        assertThat(header(courses, "Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(header(courses, "X-Content-Type-Options")).isEqualTo("nosniff");

        assertThat(get("/api/docs", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/docs", "student").statusCode()).isEqualTo(403);
        assertThat(get("/api/docs", "instructor").statusCode()).isEqualTo(200);
    }

    @Test
    void the_app_has_an_icon_that_anyone_may_fetch() throws Exception {
        HttpResponse<String> icon = get("/favicon.ico", null);

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(header(icon, "Content-Type")).startsWith("image/");
    }
}
