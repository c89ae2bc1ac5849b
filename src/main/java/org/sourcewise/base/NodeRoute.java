package org.sourcewise.base;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sticky sessions across several nodes (docs/deployment.md, "Several nodes on one database"): with
 * {@code sourcewise.node-route} (env {@code SOURCEWISE_NODE_ROUTE}) set to, say, {@code node1}, this
 * node's session ids end with {@code .node1}, Tomcat's jvmRoute, and the balancer (deploy/nginx.conf.template)
 * sends each browser to the node named in its cookie. Tomcat 11 no longer reads the {@code jvmRoute}
 * system property, so the engine is told here. Empty (the default, one node): ids as Tomcat makes them.
 */
@Configuration
class NodeRoute {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> nodeRouteInSessionIds(@Value("${sourcewise.node-route:}") String route) {
        return factory -> apply(factory, route);
    }

    static void apply(ConfigurableTomcatWebServerFactory factory, String route) {
        if (route.isBlank()) {
            return;
        }
        // the balancer matches the cookie's end with a regular expression; a dot or a space would break it
        if (!route.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("sourcewise.node-route (SOURCEWISE_NODE_ROUTE) must be 1-32 letters, digits, '-' or '_', "
                    + "as in node1; it was '" + route + "'");
        }
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            // the session manager reads the route when it starts, after the context's BEFORE_START
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                Container host = context.getParent();
                if (host != null && host.getParent() instanceof Engine engine) {
                    engine.setJvmRoute(route);
                }
            }
        }));
    }
}
