package org.gba.advisor.system;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.gba.advisor.http.ProblemTypes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error answers (a path with an encoded slash, a request line or headers too long, a request
 * that never reaches Spring) as problem+json instead of Tomcat's HTML page, so that every error of the service
 * has one shape. Errors answered by Spring have a body already and are left alone.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Supplier<String> rulesVersion;

    /** Every answer carries X-Rules-Version, these too: they never reach the filter that sets it. */
    public ProblemErrorReportValve(Supplier<String> rulesVersion) {
        this.rulesVersion = rulesVersion;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type(status).toString());
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail(status));
        try {
            // UTF-8 bytes, so the type carries no charset: the same Content-Type as every other problem
            response.setContentType("application/problem+json");
            if (!response.isCommitted()) {
                response.setHeader(RulesVersionHeader.HEADER, rulesVersion.get());
                response.getOutputStream().write(JSON.writeValueAsBytes(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer already under way: nothing more can be said
        }
    }

    private static URI type(int status) {
        return switch (status) {
            case 400, 414, 431 -> ProblemTypes.BAD_REQUEST;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            case 408 -> ProblemTypes.REQUEST_TIMEOUT;
            case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
            default -> status < 500 ? ProblemTypes.BAD_REQUEST : ProblemTypes.INTERNAL;
        };
    }

    private static String title(int status) {
        return switch (status) {
            case 404 -> "Not found";
            case 408 -> "Request timeout";
            case 413 -> "Body too large";
            default -> status < 500 ? "Bad request" : "Internal error";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its path is not valid (an encoded '/' or '\\' is not "
                    + "accepted in a path) or its request line or headers are too long.";
            case 408 -> "The request did not arrive in time.";
            case 413 -> "The request is larger than the advisor accepts.";
            default -> status < 500 ? "The request could not be read." : "The advisor failed to answer.";
        };
    }
}
