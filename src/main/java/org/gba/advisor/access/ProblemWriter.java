package org.gba.advisor.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gba.advisor.http.ProblemTypes;
import tools.jackson.databind.json.JsonMapper;

/** Writes the 401 and 403 problem+json of the security filters, the same shape as ProblemHandler's. */
final class ProblemWriter {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        write(response, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail);
        response.setHeader("WWW-Authenticate", "Bearer");
    }

    static void forbidden(HttpServletResponse response, String detail) throws IOException {
        write(response, 403, ProblemTypes.FORBIDDEN, "Forbidden", detail);
    }

    static void tooManyRequests(HttpServletResponse response, String detail, long retryAfterSeconds)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(response, 429, ProblemTypes.TOO_MANY_REQUESTS, "Too many requests", detail);
    }

    private static void write(HttpServletResponse response, int status, URI type, String title, String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.setStatus(status);
        // written as UTF-8 bytes, so the type carries no charset: the same Content-Type as every other problem
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
