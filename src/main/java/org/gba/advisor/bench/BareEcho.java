package org.gba.advisor.bench;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gba.advisor.vocabulary.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load test's floor: {@code POST /api/v1/bench/bare} reads a profile with the application's JSON mapper and
 * writes it back from the first filter, so it skips every other filter (Spring Security, the body reader, the key
 * filter, CORS, ETags, the rules-version header) and the dispatcher. The echo's distance from it is the fixed
 * per-request cost of this application's filters and of Spring MVC. Only with
 * {@code advisor.bench.echo-endpoint=true} ({@link BenchEndpoints}); never in production.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class BareEcho implements Filter {
    static final String PATH = "/api/v1/bench/bare";
    private final JsonMapper json;

    BareEcho(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http && response instanceof HttpServletResponse out)
                || !"POST".equals(http.getMethod()) || !PATH.equals(http.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        Profile profile = json.readValue(http.getInputStream(), Profile.class);
        out.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(out.getOutputStream(), profile);
    }
}
