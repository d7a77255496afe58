package org.gba.advisor.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gba.advisor.engine.RuleEngine;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds {@code X-Rules-Version} to every answer, errors included, so a client behind a load balancer can tell
 * which rules answered. Set before the request runs: during a swap an answer's body (provenance.rulesVersion)
 * is the authority.
 */
class RulesVersionHeader extends OncePerRequestFilter {
    static final String HEADER = "X-Rules-Version";
    private final RuleEngine engine;

    RulesVersionHeader(RuleEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, engine.current().version());
        chain.doFilter(request, response);
    }
}
