package org.gba.advisor.access;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.gba.advisor.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Who may call what, denied by default: every endpoint of the service (a controller method or an actuator
 * endpoint) is refused unless a rule below names it, so a new endpoint is closed until someone opens it. The
 * public endpoints are listed by path (any method, so a wrong method is still a 405); requests that reach no
 * endpoint at all (the page's static files, an unknown path answered 404) pass. Which stored profile a key may
 * see is checked by the profile and advice controllers (an official's places). {@code AccessApiTest} checks
 * every endpoint against every role, and that no endpoint is missing from its matrix.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AccessProperties.class)
class SecurityConfiguration {
    /** Open to anyone: reading the catalog and the built-in places, advice on inline profiles, what-if, region. */
    static final String[] PUBLIC = {
            "/api/v1/catalog", "/api/v1/advice", "/api/v1/scenarios/compare", "/api/v1/scenarios/sweep",
            "/api/v1/region/advice", "/api/v1/profiles", "/api/v1/profiles/*", "/api/v1/profiles/*/advice",
            "/api/v1/profiles/*/counterfactuals", "/api/v1/bench/echo",
            "/api/v1/workbook", "/api/v1/workbook/template", "/api/v1/workbook/indicators",
            "/api/v1/workbook/indicators.csv", "/api/v1/profiles/*/workbook", "/api/v1/profiles/*/indicators.csv",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
            "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
            "/error"};

    private static final RequestMatcher EMBED = Paths.to("/embed.html");
    private static final RequestMatcher API = Paths.to("/api/**", "/actuator/**", "/error");

    /**
     * The pages' Content-Security-Policy: scripts, styles, pictures and calls from this origin only (styles
     * may be inline: the widget draws its own in its shadow root), no plugins, and framed by {@code ancestors}
     * only (none but the portals' origins, for embed.html).
     */
    static String policy(List<String> ancestors) {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors "
                + (ancestors.isEmpty() ? "'none'" : "'self' " + String.join(" ", ancestors));
    }

    /**
     * No observation (a timer and a trace span) around each of the security filters, the authentication and the
     * authorization of every request: they were a tenth of a request's time. The request as a whole is still
     * timed ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring's firewall with its header check made without a regular expression ({@link HeaderCharacters}). */
    @Bean
    WebSecurityCustomizer firewall() {
        return web -> web.httpFirewall(HeaderCharacters.firewall());
    }

    @Bean
    FailedKeyThrottle failedKeyThrottle(AccessProperties properties, AuditLog audit) {
        return new FailedKeyThrottle(properties.failedKeys().perClient(), properties.failedKeys().period(), audit);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, AccessProperties properties, FailedKeyThrottle throttle,
                            HandlerMappingIntrospector introspector) throws Exception {
        // No session: the caller is kept on the request only, for the dispatch that follows a body's reading.
        SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();
        http.csrf(c -> c.disable()) // keys travel in headers, never in cookies, so there is nothing to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(contexts))
                .cors(c -> c.disable()) // our own CORS filter below, which refuses with problem+json
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .headers(h -> h
                        // framing is said by the Content-Security-Policy: embed.html by the portals, nothing else
                        .frameOptions(f -> f.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(EMBED,
                                new StaticHeadersWriter("Content-Security-Policy", policy(properties.portalOrigins()))))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(EMBED),
                                new StaticHeadersWriter("Content-Security-Policy", policy(List.of()))))
                        // static files set their own Cache-Control (revalidate by ETag); the API's answers stay no-store
                        .cacheControl(c -> c.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API, new CacheControlHeadersWriter())))
                .addFilterBefore(corsFilter(properties), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ApiKeyFilter(keys, properties.portalOrigins(), throttle, contexts),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) ->
                                ProblemWriter.unauthorized(res, "This needs an API key (X-API-Key or Bearer)."))
                        .accessDeniedHandler((req, res, ex) ->
                                ProblemWriter.forbidden(res, "This API key's role may not do this.")))
                // each rule's paths as one matcher (Paths): what requestMatchers(method, patterns…) matches, cheaper
                .authorizeHttpRequests(a -> a
                        .requestMatchers(Paths.to("/api/v1/keys", "/api/v1/keys/**", "/api/v1/audit")).hasRole("ADMIN")
                        .requestMatchers(Paths.to(HttpMethod.POST, "/api/v1/rules/drafts", "/api/v1/rules/drafts/preview"))
                                .hasAnyRole("ADMIN", "ANALYST")
                        .requestMatchers(Paths.to(HttpMethod.POST, "/api/v1/rules/reload", "/api/v1/rules/impact",
                                "/api/v1/rules/versions", "/api/v1/rules/versions/*/publish")).hasRole("ADMIN")
                        .requestMatchers(Paths.to(HttpMethod.GET, "/api/v1/rules", "/api/v1/rules/versions",
                                "/api/v1/rules/versions/*", "/api/v1/rules/versions/*/diff/*"))
                                .hasAnyRole("ADMIN", "PLANNER", "ANALYST")
                        .requestMatchers(Paths.to(HttpMethod.POST, "/api/v1/profiles/*/parent")).hasRole("ADMIN")
                        .requestMatchers(Paths.to(HttpMethod.POST, "/api/v1/profiles/*/versions")).hasRole("OFFICIAL")
                        .requestMatchers(Paths.to(HttpMethod.GET, "/api/v1/profiles/*/versions",
                                "/api/v1/profiles/*/versions/*", "/api/v1/profiles/*/diff",
                                "/api/v1/profiles/*/advice-records", "/api/v1/advice-records/*/replay"))
                                .hasAnyRole("OFFICIAL", "PLANNER")
                        .requestMatchers(Paths.to(HttpMethod.GET, "/actuator/info", "/actuator/metrics",
                                "/actuator/metrics/*", "/actuator/prometheus")).hasAnyRole("ADMIN", "METRICS")
                        .requestMatchers(Paths.to(PUBLIC)).permitAll()
                        .anyRequest().access(noEndpoint(introspector)));
        return http.build();
    }

    /** Grants only a request that no controller method or actuator endpoint would answer. */
    private static AuthorizationManager<RequestAuthorizationContext> noEndpoint(HandlerMappingIntrospector introspector) {
        return (authentication, context) -> new AuthorizationDecision(!isEndpoint(introspector, context.getRequest()));
    }

    static boolean isEndpoint(HandlerMappingIntrospector introspector, HttpServletRequest request) {
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            for (HandlerMapping mapping : introspector.getHandlerMappings()) {
                if (!(mapping instanceof RequestMappingInfoHandlerMapping endpoints)) {
                    continue; // static resources, the welcome page
                }
                try {
                    if (endpoints.getHandler(request) != null) {
                        return true;
                    }
                } catch (Exception partialMatch) {
                    return true; // the path is an endpoint's, with another method or media type
                }
            }
            return false;
        } finally {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
        }
    }

    /** Browsers may call read endpoints from the portal's origins only; another origin is a 403 problem. */
    private static CorsFilter corsFilter(AccessProperties properties) {
        CorsFilter filter = new CorsFilter(corsConfigurationSource(properties));
        filter.setCorsProcessor(new DefaultCorsProcessor() {
            @Override
            protected void rejectRequest(ServerHttpResponse response) throws IOException {
                if (response instanceof ServletServerHttpResponse servlet) {
                    ProblemWriter.forbidden(servlet.getServletResponse(), "This origin is not allowed (CORS).");
                } else {
                    super.rejectRequest(response);
                }
            }
        });
        return filter;
    }

    private static CorsConfigurationSource corsConfigurationSource(AccessProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.portalOrigins());
        cors.setAllowedMethods(List.of("GET"));
        cors.setAllowedHeaders(List.of(ApiKeyFilter.HEADER, "Authorization", "Accept-Language", "Accept"));
        cors.setExposedHeaders(List.of("X-Rules-Version"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/**", cors);
        return source;
    }
}
