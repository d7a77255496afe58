package org.gba.advisor.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its key ({@code X-API-Key: gba_…} or {@code Authorization: Bearer gba_…}). No key
 * leaves the request anonymous; a key that is wrong or revoked is a 401 even where anonymous callers are
 * allowed, so a client learns at once that its key is bad. A portal key is refused from an origin that is not
 * on the allow-list. A client that has sent too many bad keys is refused with a 429 before its key is looked up
 * ({@link FailedKeyThrottle}).
 */
final class ApiKeyFilter extends OncePerRequestFilter {
    static final String HEADER = "X-API-Key";

    private final ApiKeys keys;
    private final List<String> portalOrigins;
    private final FailedKeyThrottle throttle;
    private final SecurityContextRepository contexts;

    ApiKeyFilter(ApiKeys keys, List<String> portalOrigins, FailedKeyThrottle throttle, SecurityContextRepository contexts) {
        this.keys = keys;
        this.portalOrigins = List.copyOf(portalOrigins);
        this.throttle = throttle;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presented(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        long wait = throttle.retryAfterSeconds(client);
        if (wait > 0) {
            ProblemWriter.tooManyRequests(response, "Too many wrong API keys from this client; try again in "
                    + wait + " s.", wait);
            return;
        }
        Optional<Caller> caller = keys.authenticate(presented);
        if (caller.isEmpty()) {
            throttle.failed(client);
            ProblemWriter.unauthorized(response, "The API key is not valid (unknown or revoked).");
            return;
        }
        String origin = request.getHeader("Origin");
        if (caller.get().is(Role.PORTAL) && origin != null && !portalOrigins.contains(origin)) {
            ProblemWriter.forbidden(response, "A portal key may only be used from an allow-listed origin.");
            return;
        }
        var auth = new UsernamePasswordAuthenticationToken(caller.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + caller.get().role().name())));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        // kept on the request, so that the ASYNC dispatch after a body has been read knows the caller too
        contexts.saveContext(context, request, response);
        chain.doFilter(request, response);
    }

    private static String presented(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        if (key != null && !key.isBlank()) {
            return key.trim();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return null;
    }
}
