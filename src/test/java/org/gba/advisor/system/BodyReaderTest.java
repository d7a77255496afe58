package org.gba.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A body that is all there when its request comes in is handed on at once, on the same thread, without the
 * non-blocking read and the second dispatch that a body still arriving needs (those were a fifth of a small
 * request's time). {@code SlowClientTest} checks the bodies that are not all there.
 */
class BodyReaderTest {
    private final BodyReader reader = new BodyReader(1000, Duration.ofSeconds(5), 4, 2,
            new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

    @Test
    void aBodyThatIsAllThereGoesOnAtOnceOnTheSameThread() throws Exception {
        byte[] body = "{\"id\": \"dongguan\"}".getBytes(StandardCharsets.UTF_8);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/advice");
        request.setAsyncSupported(true);
        request.setContentType("application/json");
        request.setContent(body);
        MockFilterChain chain = new MockFilterChain();
        reader.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(request.isAsyncStarted()).isFalse();
        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThat(passed).isNotNull();
        assertThat(passed.getInputStream().readAllBytes()).isEqualTo(body);
        assertThat(passed.getContentLengthLong()).isEqualTo(body.length);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeAByteIsRead() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/advice");
        request.setAsyncSupported(true);
        request.setContentType("application/json");
        request.setContent(new byte[1001]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        reader.doFilter(request, response, chain);
        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(request.getInputStream().available()).isEqualTo(1001);
    }
}
