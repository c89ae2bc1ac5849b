package org.sourcewise.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/** The session ids a node hands out name the node, so that nginx can keep each browser on it. */
class NodeRouteTest {

    /** The JSESSIONID that a real embedded Tomcat, customized as the app does, sets on a new session. */
    private static String sessionCookie(String route) throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        NodeRoute.apply(factory, route);
        WebServer server = factory.getWebServer(context -> context.addServlet("session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                request.getSession(true);
            }
        }).addMapping("/"));
        server.start();
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Set-Cookie").orElseThrow().replaceAll("^JSESSIONID=([^;]+);.*$", "$1");
        } finally {
            server.stop();
        }
    }

    @Test
    void a_node_with_a_route_ends_its_session_ids_with_it() throws Exception {
        assertThat(sessionCookie("node2")).matches("[0-9A-F]{32}\\.node2");
    }

    @Test
    void a_single_node_without_a_route_keeps_tomcats_plain_ids() throws Exception {
        assertThat(sessionCookie("")).matches("[0-9A-F]{32}");
    }

    @Test
    void a_route_the_balancer_could_not_match_stops_the_start_and_says_which_setting() {
        assertThatThrownBy(() -> NodeRoute.apply(new TomcatServletWebServerFactory(0), "node 1"))
                .hasMessageContaining("SOURCEWISE_NODE_ROUTE").hasMessageContaining("'node 1'");
    }
}
