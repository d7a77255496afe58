package org.gba.advisor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client of the tests, against a server on a port, with a bounded wait for every answer. Every
 * request to the API ({@code /api/…}) and its answer are checked against the OpenAPI document the server serves
 * at {@code /v3/api-docs}: an undocumented endpoint, status, header or field, or a request the document would
 * refuse, fails the test. A test that sends a bad request on purpose says so: {@link #breakingTheContract()} (the
 * document must refuse the request too) or, for fuzzing, {@link #withoutRequestChecks()}; the answer is checked
 * either way.
 */
public final class Http {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    /** Parsed documents by their text: a server of another configuration on a reused port gets its own. */
    private static final Map<String, OpenApiInteractionValidator> CONTRACTS = new ConcurrentHashMap<>();
    /** The request errors that mean no operation of the document matches at all. */
    private static final Set<String> NO_OPERATION = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");
    private static final Set<String> API_MEDIA_TYPES = Set.of("application/json", "application/problem+json");
    /** Files the API gives out (workbooks, CSV): their status, headers and media type are checked, not their bytes. */
    private static final Set<String> FILE_MEDIA_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");

    /** How the requests of this client are checked against the document; answers always are. */
    private enum RequestCheck { CONFORMS, BREAKS, NONE }

    private final int port;
    private final Map<String, String> headers;
    private final RequestCheck requests;
    private final Contract contract;

    public Http(int port) {
        this(port, Map.of(), RequestCheck.CONFORMS, new Contract(port));
    }

    private Http(int port, Map<String, String> headers, RequestCheck requests, Contract contract) {
        this.port = port;
        this.headers = Map.copyOf(headers);
        this.requests = requests;
        this.contract = contract;
    }

    /** An answer: status, content type, the body parsed if it is JSON (else null), raw, its headers and bytes. */
    public record Reply(int status, String contentType, JsonNode body, String raw, HttpHeaders headers, byte[] bytes) {
        /** The first value of a header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** This client with a header on every request. */
    public Http withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(port, more, requests, contract);
    }

    /** This client sending {@code key} as {@code X-API-Key}; a null key sends none (an anonymous caller). */
    public Http withKey(String key) {
        return key == null ? this : withHeader("X-API-Key", key);
    }

    /**
     * This client for requests that break the contract on purpose (a wrong type, an unknown field, no key where one
     * is needed …): the document must refuse each of them as the server does, and the answer is still checked.
     */
    public Http breakingTheContract() {
        return new Http(port, headers, RequestCheck.BREAKS, contract);
    }

    /** This client without checks of its requests, for fuzzing with anything; the answers are still checked. */
    public Http withoutRequestChecks() {
        return new Http(port, headers, RequestCheck.NONE, contract);
    }

    public HttpRequest.Builder at(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(TIMEOUT);
        headers.forEach(b::header);
        return b;
    }

    public Reply send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpRequest request = builder.build();
        byte[] sent = request.bodyPublisher().map(Http::bytes).orElse(new byte[0]);
        HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String text = new String(r.body(), StandardCharsets.UTF_8);
        JsonNode body = null;
        try {
            body = JSON.readTree(text);
        } catch (RuntimeException notJson) {
            // left null: the assertions on the body say what was expected
        }
        Reply reply = new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), body, text,
                r.headers(), r.body());
        if (request.uri().getPath().startsWith("/api/")) {
            check(request, sent, reply);
        }
        return reply;
    }

    /** Any method, with a JSON body (sent as application/json) or none. */
    public Reply send(String method, String path, String jsonBody) throws IOException, InterruptedException {
        HttpRequest.Builder b = at(path);
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send(at(path).GET());
    }

    /** A POST of bytes of a media type (a workbook, a CSV). */
    public Reply post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(at(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply post(String path, String body) throws IOException, InterruptedException {
        return send(at(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply delete(String path) throws IOException, InterruptedException {
        return send(at(path).DELETE());
    }

    /** The OpenAPI document the server serves, parsed. */
    public JsonNode document() {
        return JSON.readTree(contract.text());
    }

    /**
     * The errors the document lists for an operation, each as "status type" (e.g. "404 unknown-profile"): one per
     * example of its problem answers, as the service documents every problem type it answers there.
     */
    public Set<String> documentedErrors(String method, String pathTemplate) {
        JsonNode operation = document().get("paths").get(pathTemplate).get(method.toLowerCase(java.util.Locale.ROOT));
        Set<String> out = new java.util.TreeSet<>();
        operation.get("responses").properties().forEach(e -> {
            // "default": what the service's edge answers to any request (throttling, slow bodies), not this operation
            if (!e.getKey().equals("default") && Integer.parseInt(e.getKey()) >= 400) {
                e.getValue().get("content").get("application/problem+json").get("examples").propertyNames()
                        .forEach(slug -> out.add(e.getKey() + " " + slug));
            }
        });
        return out;
    }

    public static String fixture(String id) throws IOException {
        return Files.readString(Path.of("fixtures", id + ".json"));
    }

    /** A problem+json of this status and stable type, with a title and no trace of Java. */
    public static void assertProblem(Reply r, int status, String type) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(r.body().get("type").asString()).isEqualTo("urn:gba-advisor:problem:" + type);
        assertThat(r.body().get("title").asString()).isNotBlank();
        assertThat(r.raw()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
    }

    private void check(HttpRequest request, byte[] sent, Reply reply) {
        OpenApiInteractionValidator validator = contract.validator();
        String what = request.method() + " " + request.uri().getRawPath()
                + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
        SimpleRequest.Builder req = new SimpleRequest.Builder(request.method(), request.uri().getPath());
        request.headers().map().forEach(req::withHeader);
        if (sent.length > 0) {
            req.withBody(sent);
        }
        query(request.uri().getRawQuery()).forEach(req::withQueryParam);
        ValidationReport requestReport = validator.validateRequest(req.build());
        boolean noOperation = requestReport.getMessages().stream().anyMatch(m -> NO_OPERATION.contains(m.getKey()));
        switch (requests) {
            case CONFORMS -> {
                if (requestReport.hasErrors()) {
                    throw new AssertionError(what + ": the request breaks the OpenAPI document:\n"
                            + SimpleValidationReportFormat.getInstance().apply(requestReport));
                }
            }
            case BREAKS -> {
                if (!requestReport.hasErrors()) {
                    throw new AssertionError(what + " is meant to break the contract, but the OpenAPI document "
                            + "allows it (the server answered " + reply.status() + "): the document is looser than the server");
                }
            }
            case NONE -> {
                // fuzzing: anything goes
            }
        }
        String mediaType = reply.contentType().split(";", 2)[0].trim();
        if (!reply.raw().isEmpty() && !FILE_MEDIA_TYPES.contains(mediaType)) {
            assertThat(reply.contentType()).as(what + ": one media type, without parameters").isIn(API_MEDIA_TYPES);
        }
        if (noOperation) {
            // no operation to check the answer against (an unknown path or method): it must still be a problem
            assertThat(mediaType).as(what + " → " + reply.status()).isEqualTo("application/problem+json");
            return;
        }
        SimpleResponse.Builder res = new SimpleResponse.Builder(reply.status());
        reply.headers().map().forEach(res::withHeader);
        if (!reply.raw().isEmpty()) {
            // a file's bytes are given as they came: the document describes them as a string, not their contents
            res.withBody(reply.raw());
        }
        ValidationReport responseReport = validator.validateResponse(request.uri().getPath(),
                Request.Method.valueOf(request.method()), res.build());
        if (responseReport.hasErrors()) {
            throw new AssertionError(what + " → " + reply.status() + ": the answer breaks the OpenAPI document:\n"
                    + SimpleValidationReportFormat.getInstance().apply(responseReport) + "\nThe answer: "
                    + (reply.raw().length() > 2000 ? reply.raw().substring(0, 2000) + "…" : reply.raw()));
        }
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            out.computeIfAbsent(decode(kv[0]), k -> new java.util.ArrayList<>()).add(kv.length > 1 ? decode(kv[1]) : "");
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The bytes a body publisher sends, read by subscribing to it (a publisher of a stream reads it again when sent). */
    private static byte[] bytes(HttpRequest.BodyPublisher publisher) {
        if (publisher.contentLength() == 0) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Void> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.write(chunk, 0, chunk.length);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        try {
            done.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the request body to check it", e);
        }
        return out.toByteArray();
    }

    /** The document a server serves, fetched once per client family and parsed once per distinct text. */
    private static final class Contract {
        private final int port;
        private volatile OpenApiInteractionValidator validator;
        private volatile String text;

        Contract(int port) {
            this.port = port;
        }

        OpenApiInteractionValidator validator() {
            if (validator == null) {
                synchronized (this) {
                    if (validator == null) {
                        validator = CONTRACTS.computeIfAbsent(text(), t ->
                                OpenApiInteractionValidator.createForInlineApiSpecification(t).build());
                    }
                }
            }
            return validator;
        }

        String text() {
            if (text == null) {
                text = fetch();
            }
            return text;
        }

        private String fetch() {
            try {
                HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/v3/api-docs")).timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new AssertionError("the server on port " + port + " cannot serve its OpenAPI document ("
                            + r.statusCode() + "); its log says why: " + r.body());
                }
                return r.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
