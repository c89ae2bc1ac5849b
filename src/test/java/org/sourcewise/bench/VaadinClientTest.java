package org.sourcewise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A virtual student behind a balancer must behave as a browser with cookies: whatever the nodes or the
 * balancer set comes back on every later request, or sticky routing sends it to a node without its UI.
 */
class VaadinClientTest {

    private HttpServer server;
    private final List<String> cookieHeaders = new CopyOnWriteArrayList<>();
    private final List<String> forwardedFor = new CopyOnWriteArrayList<>();
    private volatile List<String> loginPageCookies = List.of();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/login", exchange -> {
            cookieHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")));
            forwardedFor.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
            if ("GET".equals(exchange.getRequestMethod())) {
                loginPageCookies.forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c));
                byte[] page = "<html><head><meta name=\"_csrf\" content=\"token-1\"></head></html>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
            } else {
                // the node that made the session accepts the login only when the session comes back to it
                String cookie = String.valueOf(exchange.getRequestHeaders().getFirst("Cookie"));
                boolean sticky = cookie.contains("JSESSIONID=A1B2.node2") && cookie.contains("route=node2");
                exchange.getResponseHeaders().add("Location", sticky ? "/" : "/login?error");
                exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=C3D4.node2; Path=/; HttpOnly");
                exchange.sendResponseHeaders(302, -1);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private VaadinClient client() {
        return new VaadinClient(HttpClient.newHttpClient(), "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void sendsBackTheSessionIdWithItsNodeAndTheBalancersOwnCookie() throws Exception {
        loginPageCookies = List.of("JSESSIONID=A1B2.node2; Path=/; HttpOnly", "route=node2; Path=/");
        VaadinClient client = client();

        client.login("bench00001", "bench-password");

        assertThat(cookieHeaders).hasSize(2);
        assertThat(cookieHeaders.get(0)).isEqualTo("null");
        assertThat(cookieHeaders.get(1)).isEqualTo("JSESSIONID=A1B2.node2; route=node2");
    }

    @Test
    void aLoginWithoutTheStickyCookiesIsRefusedAndSaysSo() {
        loginPageCookies = List.of("JSESSIONID=A1B2.node2; Path=/");

        assertThatThrownBy(() -> client().login("bench00001", "bench-password"))
                .hasMessageContaining("login refused: 302 /login?error");
    }

    @Test
    void aCookieTheServerExpiresIsNoLongerSent() throws Exception {
        loginPageCookies = List.of("JSESSIONID=A1B2.node2; Path=/", "route=node2; Path=/", "route=; Max-Age=0; Path=/");

        assertThatThrownBy(() -> client().login("bench00001", "bench-password")).isInstanceOf(VaadinClient.ProtocolException.class);
        assertThat(cookieHeaders.get(1)).isEqualTo("JSESSIONID=A1B2.node2");
    }

    @Test
    void aStudentWithAnAddressOfItsOwnSaysSoOnEveryRequest() throws Exception {
        loginPageCookies = List.of("JSESSIONID=A1B2.node2; Path=/", "route=node2; Path=/");
        String address = LoadBenchmark.addressOf("bench00042");

        new VaadinClient(HttpClient.newHttpClient(), "http://127.0.0.1:" + server.getAddress().getPort(), address)
                .login("bench00042", "bench-password");

        assertThat(address).matches("10\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}").isNotEqualTo(LoadBenchmark.addressOf("bench00043"));
        assertThat(forwardedFor).containsExactly(address, address);
    }

    @Test
    void withoutAnAddressTheGeneratorsOwnIsUsed() throws Exception {
        loginPageCookies = List.of("JSESSIONID=A1B2.node2; Path=/", "route=node2; Path=/");

        client().login("bench00001", "bench-password");

        assertThat(forwardedFor).containsExactly("null", "null");
    }
}
