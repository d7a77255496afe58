package org.gba.advisor.http;

import java.net.URI;

/** The stable {@code type} URIs of the service's problem responses. Clients may rely on them. */
public final class ProblemTypes {
    public static final URI INVALID_PROFILE = of("invalid-profile");
    public static final URI INVALID_REQUEST = of("invalid-request");
    public static final URI INVALID_SCENARIO = of("invalid-scenario");
    /** The body is not a workbook (or CSV) of the layout the service gives out. */
    public static final URI INVALID_WORKBOOK = of("invalid-workbook");
    public static final URI MALFORMED_JSON = of("malformed-json");
    public static final URI UNKNOWN_PROFILE = of("unknown-profile");
    public static final URI UNSUPPORTED_LANGUAGE = of("unsupported-language");
    public static final URI BAD_REQUEST = of("bad-request");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI UNAUTHORIZED = of("unauthorized");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI UNKNOWN_VERSION = of("unknown-version");
    public static final URI CONFLICT = of("conflict");
    /** No rule set has the version asked for. */
    public static final URI UNKNOWN_RULE_SET = of("unknown-rule-set");
    /** A rule set's files do not compile, or fail the loader's checks. */
    public static final URI INVALID_RULES = of("invalid-rules");
    /** Too many failed authentications from one client; {@code Retry-After} says when to try again. */
    public static final URI TOO_MANY_REQUESTS = of("too-many-requests");
    /** Too many request bodies arriving at once; {@code Retry-After} says when to try again. */
    public static final URI SERVICE_UNAVAILABLE = of("service-unavailable");
    /** The request's body did not arrive in time. */
    public static final URI REQUEST_TIMEOUT = of("request-timeout");
    /** JSON nested deeper, or with longer numbers, strings or names, than Jackson's read limits allow. */
    public static final URI JSON_LIMIT_EXCEEDED = of("json-limit-exceeded");
    public static final URI INTERNAL = of("internal-error");

    private ProblemTypes() {
    }

    private static URI of(String slug) {
        return URI.create("urn:gba-advisor:problem:" + slug);
    }
}
