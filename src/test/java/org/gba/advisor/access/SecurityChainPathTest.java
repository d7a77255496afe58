package org.gba.advisor.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.server.RequestPath;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The security chain decides on a request's path cheaply: the path is parsed once, and the access rules look it up
 * once per rule ({@link Paths}) rather than once or twice per pattern (about 50 patterns, a tenth of an echo's
 * time). What they decide is {@code AccessApiTest}'s and {@code PathsTest}'s; here, how often they look, and that
 * the chain leaves the request's parsed path as it found it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityChainPathTest {
    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;

    /** A request that notes the paths parsed and cached on it. */
    private static final class Counting extends MockHttpServletRequest {
        final List<Object> parsed = new ArrayList<>();
        int lookups;

        Counting(String method, String path) {
            super(method, path);
        }

        @Override
        public Object getAttribute(String name) {
            if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                lookups++;
            }
            return super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name) && value != null) {
                parsed.add(value);
            }
            super.setAttribute(name, value);
        }
    }

    @Test
    void aPublicRequestIsDecidedOnOneParseAndFewLookupsOfItsPath() throws Exception {
        Counting request = new Counting("POST", "/api/v1/advice");
        List<Object> seen = new ArrayList<>();
        security.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.add(req.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE)));
        assertThat(seen).hasSize(1); // let through
        assertThat(request.parsed).hasSize(1);
        // 36 when each pattern was a matcher of its own (13 now)
        assertThat(request.lookups).as("looked up by the matchers").isLessThanOrEqualTo(15);
        assertThat(((RequestPath) request.parsed.get(0)).pathWithinApplication().value()).isEqualTo("/api/v1/advice");
        assertThat(request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE)).as("left as found").isNull();
    }

    @Test
    void aRefusedRequestToo() throws Exception {
        Counting request = new Counting("GET", "/api/v1/keys");
        MockHttpServletResponse response = new MockHttpServletResponse();
        security.doFilter(request, response, (req, res) -> {
            throw new AssertionError("an anonymous caller reached the key list");
        });
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(request.parsed).hasSize(1);
        // 36 when each pattern was a matcher of its own (13 now)
        assertThat(request.lookups).as("looked up by the matchers").isLessThanOrEqualTo(15);
        assertThat(request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE)).isNull();
    }

    /** The firewall still refuses a header with a control character, here in a key, before any key is looked up. */
    @Test
    void theFirewallStillRefusesAControlCharacterInAHeader() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/catalog");
        request.addHeader("X-API-Key", "gba_\u0007bell");
        MockHttpServletResponse response = new MockHttpServletResponse();
        security.doFilter(request, response, (req, res) -> {
            throw new AssertionError("let through");
        });
        assertThat(response.getStatus()).isEqualTo(400);
    }
}
