package org.gba.advisor.system;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.gba.advisor.http.ProblemTypes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request's body before a worker thread works on it, so that slow clients cannot hold the workers.
 * A body that arrived with its headers (as almost every body does) is taken from the container's buffer at once
 * and the request goes on, on its thread. Otherwise the body is read with non-blocking I/O (a servlet
 * {@link ReadListener}), the request waits without a thread while its bytes trickle in, and once the whole body
 * is in memory the request is dispatched again (an ASYNC dispatch) to the controller with that body. It sits after
 * Spring Security, which reads no body, so that the caller is known when the request comes back.
 * Bounded on every side: a body larger than the limit is a 413 (announced or streamed), a body not complete
 * within the timeout a 408, and at most so many bodies may be arriving at once, overall and per client
 * address (503 with Retry-After beyond), which bounds the memory they hold. {@code advisor.request.bodies} counts
 * the bodies read at once and those waited for ({@code read=at-once|waited}): many waited for means slow clients,
 * or bodies larger than the connector's read buffer ({@link WebConfiguration#READ_BUFFER}).
 */
final class BodyReader implements Filter {
    private static final String BODY = BodyReader.class.getName() + ".body";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private final long maxBytes;
    private final Duration timeout;
    private final int maxPending;
    private final int maxPendingPerClient;
    private final AtomicInteger pending = new AtomicInteger();
    private final Map<String, AtomicInteger> pendingByClient = new ConcurrentHashMap<>();

    private final Counter atOnce;
    private final Counter waited;

    BodyReader(long maxBytes, Duration timeout, int maxPending, int maxPendingPerClient, MeterRegistry registry) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.maxPending = maxPending;
        this.maxPendingPerClient = maxPendingPerClient;
        this.atOnce = bodies(registry, "at-once");
        this.waited = bodies(registry, "waited");
    }

    private static Counter bodies(MeterRegistry registry, String read) {
        return Counter.builder("advisor.request.bodies").tag("read", read)
                .description("Request bodies read at once (all there with the headers) or waited for without a thread")
                .register(registry);
    }

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "body-deadlines");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getDispatcherType() == DispatcherType.ASYNC && request.getAttribute(BODY) instanceof byte[] body) {
            request.removeAttribute(BODY);
            chain.doFilter(new Buffered(request, body), response);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        long declared = request.getContentLengthLong();
        if (!chunked && declared <= 0 || !request.isAsyncSupported()) {
            chain.doFilter(request, response);
            return;
        }
        if (declared > maxBytes) {
            tooLarge(response);
            return;
        }
        byte[] arrived = null;
        int read = 0;
        if (!chunked) {
            // Usually the whole body came with the headers: read what is there without waiting and go straight on,
            // on this thread. Only a body that is not all there yet waits for its bytes without a thread.
            ServletInputStream in = request.getInputStream();
            if (in.available() > 0) {
                arrived = new byte[(int) declared];
                read = readArrived(in, arrived);
                if (read == arrived.length) {
                    atOnce.increment();
                    chain.doFilter(new Buffered(request, arrived), response);
                    return;
                }
            }
        }
        String client = request.getRemoteAddr();
        if (!acquire(client)) {
            problem(response, 503, ProblemTypes.SERVICE_UNAVAILABLE, "Busy",
                    "Too many request bodies are arriving at once; try again shortly.", Map.of());
            response.setHeader("Retry-After", "1");
            return;
        }
        waited.increment();
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // our own deadline below; Tomcat's would also cut a long evaluation short
        Reading reading = new Reading(request, response, async, client);
        if (read > 0) {
            reading.body.write(arrived, 0, read);
        }
        async.addListener(reading);
        reading.deadline = DEADLINES.schedule(reading::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
        request.getInputStream().setReadListener(reading);
    }

    /**
     * Reads into {@code body} only what has arrived already: {@code available()} says whether a read would return
     * at once (the container's buffer holds bytes of the body), so this never waits for a slow client. Returns how
     * many bytes it read; the length of {@code body} when the whole body was there.
     */
    private static int readArrived(ServletInputStream in, byte[] body) throws IOException {
        int n = 0;
        while (n < body.length && in.available() > 0) {
            int r = in.read(body, n, body.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n;
    }

    private boolean acquire(String client) {
        if (pending.incrementAndGet() > maxPending) {
            pending.decrementAndGet();
            return false;
        }
        AtomicInteger mine = pendingByClient.computeIfAbsent(client, c -> new AtomicInteger());
        if (mine.incrementAndGet() > maxPendingPerClient) {
            release(client);
            return false;
        }
        return true;
    }

    private void release(String client) {
        pending.decrementAndGet();
        pendingByClient.computeIfPresent(client, (c, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    /** One body on its way: read as it comes, then handed on; exactly one of done, too large, late, gone. */
    private final class Reading implements ReadListener, AsyncListener {
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final AsyncContext async;
        private final String client;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[8192];
        private final AtomicBoolean settled = new AtomicBoolean();
        private final AtomicBoolean released = new AtomicBoolean();
        volatile ScheduledFuture<?> deadline;

        Reading(HttpServletRequest request, HttpServletResponse response, AsyncContext async, String client) {
            this.request = request;
            this.response = response;
            this.async = async;
            this.client = client;
        }

        private boolean settle() {
            if (!settled.compareAndSet(false, true)) {
                return false;
            }
            ScheduledFuture<?> d = deadline;
            if (d != null) {
                d.cancel(false);
            }
            free();
            return true;
        }

        private void free() {
            if (released.compareAndSet(false, true)) {
                release(client);
            }
        }

        @Override
        public void onDataAvailable() throws IOException {
            ServletInputStream in = request.getInputStream();
            while (!settled.get() && in.isReady()) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                body.write(buffer, 0, n);
                if (body.size() > maxBytes) {
                    if (settle()) {
                        tooLarge(response);
                        async.complete();
                    }
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            if (!settle()) {
                return;
            }
            // back on a worker thread, through the rest of the chain, with the body in memory
            request.setAttribute(BODY, body.toByteArray());
            async.dispatch();
        }

        @Override
        public void onError(Throwable t) {
            // the client went away or the connection broke: nothing to answer
            if (settle()) {
                async.complete();
            }
        }

        void expire() {
            if (settle()) {
                problem(response, 408, ProblemTypes.REQUEST_TIMEOUT, "Request timeout", "The body did not arrive "
                        + "within " + timeout.toSeconds() + " s.", Map.of());
                async.complete();
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            free();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            expire();
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }

    private void tooLarge(HttpServletResponse response) {
        problem(response, 413, ProblemTypes.PAYLOAD_TOO_LARGE, "Body too large",
                "The body is larger than the " + maxBytes + " bytes the advisor accepts.", Map.of("maxBytes", maxBytes));
    }

    /** Writes a problem and closes the connection, since the rest of the body is not going to be read. */
    private static void problem(HttpServletResponse response, int status, URI type, String title, String detail,
                                Map<String, Object> more) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", type.toString());
            body.put("title", title);
            body.put("status", status);
            body.put("detail", detail);
            body.putAll(more);
            response.setStatus(status);
            response.setHeader("Connection", "close");
            // UTF-8 bytes, so the type carries no charset: the same Content-Type as every other problem
            response.setContentType("application/problem+json");
            response.getOutputStream().write(JSON.writeValueAsBytes(body));
            response.flushBuffer();
        } catch (IOException | IllegalStateException e) {
            // the client is gone
        }
    }

    /** The request with its body already in memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
