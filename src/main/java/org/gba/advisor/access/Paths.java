package org.gba.advisor.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Requests to one of a few paths, with one method or any: what {@code requestMatchers(method, patterns…)} matches
 * (one {@code PathPatternRequestMatcher} per pattern, each looking the parsed path up on the request and extracting
 * its variables), as one matcher that does so once and extracts nothing. A literal pattern is matched by one set
 * lookup when the path is its own text (no percent-encoding, no path parameters, no trailing slash); any other path
 * goes through every pattern, as Spring's matchers would. The access rules (about 50 patterns) were a tenth of an echo's time.
 * {@code PathsTest} checks it against Spring's matchers.
 */
final class Paths implements RequestMatcher {
    private final HttpMethod method;
    private final List<String> patterns;
    private final Set<String> literals;
    private final PathPattern[] wildcards;
    private final PathPattern[] all;

    private Paths(HttpMethod method, String... patterns) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        this.method = method;
        this.patterns = List.of(patterns);
        this.all = Arrays.stream(patterns).map(parser::parse).toArray(PathPattern[]::new);
        this.literals = Set.copyOf(Arrays.stream(all).filter(p -> isLiteral(p.getPatternString()))
                .map(PathPattern::getPatternString).toList());
        this.wildcards = Arrays.stream(all).filter(p -> !isLiteral(p.getPatternString())).toArray(PathPattern[]::new);
    }

    /** Any method to these paths. */
    static Paths to(String... patterns) {
        return new Paths(null, patterns);
    }

    /** This method to these paths. */
    static Paths to(HttpMethod method, String... patterns) {
        return new Paths(method, patterns);
    }

    /** No wildcard, capture, regular expression or escape: the pattern is the one path it matches. */
    private static boolean isLiteral(String pattern) {
        return pattern.chars().noneMatch(c -> c == '*' || c == '?' || c == '{' || c == '}' || c == '\\' || c == '%'
                || c == ';');
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (method != null && !method.name().equals(request.getMethod())) {
            return false;
        }
        PathContainer path = path(request);
        String value = path.value();
        // a literal pattern matches no path but its own text unless decoding, path parameters or a trailing slash
        // could make another text match it
        boolean plain = value.indexOf('%') < 0 && value.indexOf(';') < 0 && !value.endsWith("/");
        if (plain && literals.contains(value)) {
            return true;
        }
        for (PathPattern pattern : plain ? wildcards : all) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** The path within the application, as {@code PathPatternRequestMatcher} takes it. */
    private static PathContainer path(HttpServletRequest request) {
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        RequestPath path;
        if (parsed instanceof RequestPath known) {
            path = known;
        } else {
            path = ServletRequestPathUtils.parseAndCache(request);
            ServletRequestPathUtils.clearParsedRequestPath(request);
        }
        return path.pathWithinApplication();
    }

    @Override
    public String toString() {
        return "Paths[" + (method == null ? "any" : method.name()) + " " + patterns + "]";
    }
}
