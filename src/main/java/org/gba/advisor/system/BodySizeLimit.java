package org.gba.advisor.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the request body, whether its size is announced by {@code Content-Length} or it arrives chunked:
 * reading past the cap fails with {@link TooLargeException}, which {@link ProblemHandler} answers with a
 * 413. Tomcat caps only form posts, and Jackson would read any body to its end.
 */
public final class BodySizeLimit extends OncePerRequestFilter {
    private final long maxBytes;

    public BodySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Capped(request, maxBytes), response);
    }

    /** The body is larger than the service accepts. An IOException, so it travels through any reader. */
    public static final class TooLargeException extends IOException {
        private final long maxBytes;

        TooLargeException(long maxBytes) {
            super("request body larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    private static final class Capped extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedStream(super.getInputStream(), getContentLengthLong(), maxBytes);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CappedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long declared;
        private final long maxBytes;
        private long read;

        CappedStream(ServletInputStream in, long declared, long maxBytes) {
            this.in = in;
            this.declared = declared;
            this.maxBytes = maxBytes;
        }

        private void check(long more) throws TooLargeException {
            // A declared length over the cap fails before a byte is read; a chunked body once it passes it.
            if (declared > maxBytes || read + more > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
        }

        @Override
        public int read() throws IOException {
            check(0);
            int b = in.read();
            if (b >= 0) {
                check(1);
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check(0);
            int n = in.read(b, off, len);
            if (n > 0) {
                check(n);
                read += n;
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
