package org.gba.advisor.system;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gba.advisor.http.ProblemTypes;

/**
 * Each problem type the service answers with: its status, title and an example, for the OpenAPI document. Every
 * type of {@link ProblemTypes} must be here, so a new one cannot go undocumented (the document fails to build).
 */
final class ProblemCatalog {
    /** One problem type as documented. */
    record Entry(String slug, int status, String title, String meaning, String exampleDetail) {
        URI type() {
            return URI.create(PREFIX + slug);
        }
    }

    static final String PREFIX = "urn:gba-advisor:problem:";

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add("invalid-profile", 400, "Invalid profile", "a field of the body is not valid: wrong JSON type, unknown "
                + "field, value out of its bounds, or a profile the rules cannot take",
                "1 field(s) of the profile are not valid");
        add("invalid-request", 400, "Invalid request", "the request breaks its schema's rules (each field named)",
                "1 field(s) of the request are not valid");
        add("invalid-scenario", 400, "Invalid scenario", "a scenario's patch cannot be applied, or gives an invalid "
                + "profile (the scenario, the operation and the fields named)",
                "Scenario 'barrier lifted', operation 0: operation 0 cannot be applied: the path does not exist");
        add("invalid-workbook", 400, "Invalid workbook", "the body is not an XLSX workbook or CSV of the layout the "
                + "service gives out (GET /api/v1/workbook/template)",
                "The workbook has no sheet 'Profile': start from GET /api/v1/workbook/template or a profile's workbook.");
        add("malformed-json", 400, "Malformed JSON", "the body is not well-formed JSON, or is missing",
                "The body is not well-formed JSON at line 1, column 12: Unexpected end-of-input");
        add("json-limit-exceeded", 400, "JSON beyond limits", "the body nests deeper, or has longer numbers, "
                + "strings or names, than the service reads",
                "The body goes beyond what the advisor reads: Document nesting depth (501) exceeds the maximum allowed (500).");
        add("unsupported-language", 400, "Unsupported language", "?lang= names a language other than zh or en",
                "The advisor answers in zh or en, not 'fr'.");
        add("bad-request", 400, "Bad Request", "a parameter is missing or has the wrong type, or the request "
                + "cannot be carried out as given", "Failed to convert 'from' with value: 'one'");
        add("unauthorized", 401, "Unauthorized", "no API key where one is needed, or a key that is unknown or "
                + "revoked (anywhere)", "This needs an API key (X-API-Key or Bearer).");
        add("forbidden", 403, "Forbidden", "the key's role or places do not allow this, or the browser origin is "
                + "not on the allow-list", "This API key's role may not do this.");
        add("not-found", 404, "Not Found", "nothing is there", "No static resource api/v1/nothing-here.");
        add("unknown-profile", 404, "Unknown profile", "no profile has this id",
                "There is no profile with id 'atlantis'; GET /api/v1/profiles lists them.");
        add("unknown-version", 404, "Unknown version", "the profile has no such version, or there is no such "
                + "advice record", "Profile 'dongguan' has no version 9.");
        add("unknown-rule-set", 404, "Unknown rule set", "no rule set has this version",
                "There is no rule set version 9; GET /api/v1/rules/versions lists them.");
        add("method-not-allowed", 405, "Method Not Allowed", "the path does not take this method",
                "Method 'DELETE' is not supported.");
        add("not-acceptable", 406, "Not Acceptable", "the answer cannot be given in a type the Accept header names",
                "Acceptable representations: [application/json, application/*+json].");
        add("conflict", 409, "Conflict", "the request conflicts with the stored state", "The key is revoked.");
        add("payload-too-large", 413, "Body too large", "the body is larger than advisor.max-body-size",
                "The body is larger than the 262144 bytes the advisor accepts.");
        add("invalid-rules", 422, "Rules that do not compile", "the rule set's files do not compile on this "
                + "instance or fail the loader's checks (each problem with the file it names); nothing was stored or "
                + "published", "Draft based on rule set 3: 1 problem(s); nothing was stored or published");
        add("unsupported-media-type", 415, "Unsupported Media Type", "the body is not application/json",
                "Content-Type 'text/plain' is not supported.");
        add("request-timeout", 408, "Request timeout", "the body did not arrive within advisor.body.timeout",
                "The body did not arrive within 10 s.");
        add("too-many-requests", 429, "Too many requests", "this client sent too many wrong or revoked keys; every "
                + "key from it waits for Retry-After seconds", "Too many wrong API keys from this client; try again in 3 s.");
        add("service-unavailable", 503, "Busy", "too many request bodies are arriving at once (overall or from "
                + "this client); try again after Retry-After seconds",
                "Too many request bodies are arriving at once; try again shortly.");
        add("internal-error", 500, "Internal error", "the service failed; the error is logged",
                "The advisor failed to answer; the error is logged.");
        for (Field f : ProblemTypes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == URI.class) {
                try {
                    String slug = f.get(null).toString().substring(PREFIX.length());
                    if (!ENTRIES.containsKey(slug)) {
                        throw new IllegalStateException("ProblemTypes." + f.getName() + " is not documented in ProblemCatalog");
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private ProblemCatalog() {
    }

    private static void add(String slug, int status, String title, String meaning, String detail) {
        ENTRIES.put(slug, new Entry(slug, status, title, meaning, detail));
    }

    static Entry get(String slug) {
        Entry e = ENTRIES.get(slug);
        if (e == null) {
            throw new IllegalStateException("no problem type '" + slug + "' (see ProblemTypes and ProblemCatalog)");
        }
        return e;
    }
}
