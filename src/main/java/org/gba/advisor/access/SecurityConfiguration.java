package org.gba.advisor.access;

import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Who may call what. The coarse rules are here, by path and role; which stored profile a key may see is
 * checked by the profile and advice controllers (an official's places). Everything not named here is open:
 * the catalog, advice for an inline profile, the built-in sample profiles, what-if, the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AccessProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, AccessProperties properties) throws Exception {
        http.csrf(c -> c.disable()) // keys travel in headers, never in cookies, so there is nothing to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(c -> c.disable()) // our own CORS filter below, which refuses with problem+json
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .addFilterBefore(corsFilter(properties), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ApiKeyFilter(keys, properties.portalOrigins()), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) ->
                                ProblemWriter.unauthorized(res, "This needs an API key (X-API-Key or Bearer)."))
                        .accessDeniedHandler((req, res, ex) ->
                                ProblemWriter.forbidden(res, "This API key's role may not do this.")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/keys", "/api/v1/keys/**", "/api/v1/audit").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/rules/drafts", "/api/v1/rules/drafts/preview")
                                .hasAnyRole("ADMIN", "ANALYST")
                        .requestMatchers(HttpMethod.POST, "/api/v1/rules/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/rules", "/api/v1/rules/versions",
                                "/api/v1/rules/versions/*", "/api/v1/rules/versions/*/diff/*")
                                .hasAnyRole("ADMIN", "PLANNER", "ANALYST")
                        .requestMatchers("/api/v1/rules/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/profiles/*/versions").hasRole("OFFICIAL")
                        .requestMatchers(HttpMethod.GET, "/api/v1/profiles/*/versions", "/api/v1/profiles/*/versions/*",
                                "/api/v1/profiles/*/diff", "/api/v1/profiles/*/advice-records",
                                "/api/v1/advice-records/**").hasAnyRole("OFFICIAL", "PLANNER")
                        .anyRequest().permitAll());
        return http.build();
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
