package org.gba.advisor.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * {@link Paths} matches exactly what Spring's {@code requestMatchers(method, patterns…)} matches (one
 * {@code PathPatternRequestMatcher} per pattern): for every pattern of the access rules, each method, and paths that
 * are the patterns' own, near them (a trailing slash, another case, an extension, a segment more or less) or the
 * same path written otherwise (percent-encoded, with path parameters, doubled slashes), under a context path or
 * not, with the path parsed before or not.
 */
class PathsTest {
    private static final List<String[]> RULES = List.of(
            new String[] {"/api/v1/keys", "/api/v1/keys/**", "/api/v1/audit"},
            new String[] {"/api/v1/rules/reload", "/api/v1/rules/impact", "/api/v1/rules/versions",
                    "/api/v1/rules/versions/*/publish"},
            new String[] {"/api/v1/rules", "/api/v1/rules/versions", "/api/v1/rules/versions/*",
                    "/api/v1/rules/versions/*/diff/*"},
            new String[] {"/api/v1/profiles/*/versions", "/api/v1/profiles/*/versions/*", "/api/v1/profiles/*/diff",
                    "/api/v1/profiles/*/advice-records", "/api/v1/advice-records/*/replay"},
            new String[] {"/actuator/info", "/actuator/metrics", "/actuator/metrics/*", "/actuator/prometheus"},
            new String[] {"/embed.html"},
            new String[] {"/api/**", "/actuator/**", "/error"},
            SecurityConfiguration.PUBLIC);

    @Test
    void matchesWhatSpringsMatchersMatch() {
        Set<String> paths = new LinkedHashSet<>(List.of("/", "", "/api", "/api/", "/api/v1", "/API/v1/advice",
                "/api/v1/advice.json", "/api/v1/advicex", "/x/api/v1/advice", "/index.html", "/embed.html/",
                "/%65mbed.html", "/embed.html;a=b", "/errors", "/error/", "/v3/api-docs/swagger-config"));
        for (String[] rule : RULES) {
            for (String pattern : rule) {
                for (String id : new String[] {"dongguan", "a-b", "%64ongguan", "x;y=1", "1"}) {
                    String path = pattern.replace("/**", "/" + id + "/more").replace("*", id);
                    paths.add(path);
                    paths.add(path + "/");
                    paths.add(path + ".json");
                    paths.add(path + "/extra");
                    paths.add(path.replace("/v1/", "/V1/"));
                    paths.add(path.replace("/api/", "/%61pi/"));
                    paths.add(path.replace("/v1/", "/v1;jsessionid=1/"));
                    paths.add(path + ";jsessionid=1");
                    paths.add(path.replace("/v1/", "//v1/"));
                    paths.add(path.lastIndexOf('/') > 0 ? path.substring(0, path.lastIndexOf('/')) : path);
                }
            }
        }
        int compared = 0;
        int matched = 0;
        for (String[] rule : RULES) {
            for (HttpMethod method : new HttpMethod[] {null, HttpMethod.GET, HttpMethod.POST}) {
                RequestMatcher ours = method == null ? Paths.to(rule) : Paths.to(method, rule);
                List<RequestMatcher> springs = new ArrayList<>();
                for (String pattern : rule) {
                    springs.add(method == null ? PathPatternRequestMatcher.withDefaults().matcher(pattern)
                            : PathPatternRequestMatcher.withDefaults().matcher(method, pattern));
                }
                RequestMatcher spring = new OrRequestMatcher(springs);
                for (String path : paths) {
                    for (String context : new String[] {"", "/ctx"}) {
                        for (String sent : new String[] {"GET", "POST", "DELETE"}) {
                            for (boolean parsed : new boolean[] {false, true}) {
                                MockHttpServletRequest request = new MockHttpServletRequest(sent, context + path);
                                request.setContextPath(context);
                                if (parsed) {
                                    ServletRequestPathUtils.parseAndCache(request);
                                }
                                boolean expected = spring.matches(request);
                                assertThat(ours.matches(request)).as("%s %s%s (context %s, parsed %s) against %s",
                                        sent, context, path, context, parsed, ours).isEqualTo(expected);
                                compared++;
                                matched += expected ? 1 : 0;
                                assertThat(request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE) != null)
                                        .as("the parsed path left as found").isEqualTo(parsed);
                            }
                        }
                    }
                }
            }
        }
        assertThat(matched).as("of %d", compared).isGreaterThan(1000).isLessThan(compared / 2);
    }
}
