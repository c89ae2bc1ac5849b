package org.sourcewise.accounts.ui;

import org.sourcewise.accounts.LoginBusyException;
import org.sourcewise.accounts.Role;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.sourcewise.accounts.internal.ThrottledPasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two filter chains: the REST API (stateless HTTP Basic, staff only) and the browser UI (Vaadin's
 * login view, a session). Method security is on, so every service method states who may call it
 * and a view is never the only gate.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * JSR-250 checks ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll}) on services, not on
     * views. Views carry the same annotations for Vaadin's navigation access control; with Spring's
     * standard interceptor every view instance became a CGLIB proxy, and since views are prototypes
     * the proxy was built again on every navigation, matching each advisor against every method of a
     * Vaadin component (a third of the CPU of opening a page under load, docs/performance.md), and
     * every call Vaadin then made on the view passed through the security interceptor.
     */
    @Bean
    @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250OutsideViews() {
        Pointcut annotated = AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut();
        ClassFilter notAView = type -> !Component.class.isAssignableFrom(type);
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(annotated).intersection(notAView), new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        return interceptor;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new ThrottledPasswordEncoder(new BCryptPasswordEncoder(), ThrottledPasswordEncoder.halfTheCores());
    }

    /**
     * The Content Security Policy of every page. Vaadin Flow needs inline and eval'd script (its
     * bootstrap starts the client engine inline and the engine builds functions from the expressions
     * the server sends) and inline styles; everything else is held to the app itself: no frames of
     * ours in other sites, forms that post only here, images only from here, {@code data:} (Lumo's
     * icons) and the hosts an admin allowed for question images (docs/admin.md, "Headers").
     */
    static String contentSecurityPolicy(List<String> imageHosts) {
        String images = imageHosts.stream().map(String::strip).filter(h -> !h.isEmpty()).map(h -> " https://" + h)
                .collect(Collectors.joining());
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data: blob:" + images + "; font-src 'self' data:; connect-src 'self';" // not shown
                + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** Browser features no page of Sourcewise uses, switched off so that injected content cannot ask for them. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(),"
            + " bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()";

    private static void securityHeaders(HttpSecurity http, HeaderWriter csp) throws Exception {
        http.headers(h -> h
                .addHeaderWriter(csp)
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY)));
        // X-Content-Type-Options: nosniff, X-Frame-Options: DENY and Cache-Control: no-store are Spring
        // Security's defaults, kept; Vaadin's static resources set their own caching
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http,
                                 @Value("${sourcewise.api-docs.public:${sourcewise.demo:false}}") boolean publicDocs) throws Exception {
        // JSON runs nothing; the API's description pages (Swagger UI) keep the browser's defaults
        securityHeaders(http, new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/docs/**")),
                new StaticHeadersWriter("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))); // not shown
        if (publicDocs) {
            http.authorizeHttpRequests(a -> a.requestMatchers("/api/docs", "/api/docs/**", "/api/docs.yaml").permitAll());
        }
        return http
                .securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // every other /api path is staff-only too, so that an unknown one answers 404, not 403
                        .requestMatchers("/api/**").hasAnyRole(Role.INSTRUCTOR.name(), Role.ADMIN.name())
                        .anyRequest().denyAll())
                .httpBasic(b -> b.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof LoginBusyException) {
                        // the password was never checked: a client should retry, not ask its user again
                        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                        problem(response, HttpStatus.SERVICE_UNAVAILABLE, String.valueOf(e.getMessage())); // not shown: API
                        return;
                    }
                    problem(response, HttpStatus.UNAUTHORIZED,
                            "Sign in with an instructor's or administrator's username and password (HTTP Basic)."); // not shown: API
                }))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> problem(response, HttpStatus.FORBIDDEN,
                        "The REST API is for instructors and administrators; this account may not use it."))) // not shown: API
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }

    /** An RFC 9457 problem answer for what the filters refuse before any controller runs. */
    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Sourcewise\""); // not shown
        }
        // the texts are constants of ours: no escaping needed
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    /** Every logged-in browser session, in memory, so that deactivating a user can end theirs ({@link OpenSessions}). */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so that it forgets it. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, SessionRegistry sessions, OpenSessions openSessions,
                                org.sourcewise.accounts.internal.UserAccountRepository users, java.time.Clock clock,
                                @Value("${sourcewise.sessions.check-every:PT5S}") java.time.Duration checkEvery, RequestUtil vaadinRequests,
                                @Value("${sourcewise.content.image-hosts:}") List<String> imageHosts) throws Exception {
        // Vaadin's own CSRF set-up exempts the login page's path, so a form on another site could post
        // a username and password there and sign the victim's browser into the attacker's account
        // (login CSRF). Only Vaadin's internal requests, which carry Vaadin's own token, go unchecked;
        // the login form sends Spring's token, which the page carries in its _csrf meta tags.
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        securityHeaders(http, new StaticHeadersWriter("Content-Security-Policy", contentSecurityPolicy(imageHosts))); // not shown
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/images/**").permitAll());
        // no limit on sessions per user; the registry only lets a deactivation end them
        http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions).expiredSessionStrategy(openSessions));
        // sessions ended on another node are marked expired just before Spring looks for expired ones
        http.addFilterBefore(new SessionsEndedElsewhere(sessions, users, clock, checkEvery),
                org.springframework.security.web.session.ConcurrentSessionFilter.class);
        // a path no route has goes to Vaadin for a logged-in user, who gets the app's "Page not found"
        // (404) instead of an empty 403; every view still checks its own access
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class).enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }
}
