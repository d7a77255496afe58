package org.gba.advisor.access;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings.
 *
 * @param portalOrigins the browser origins a portal key may be used from (CORS allow-list); they may also frame
 *                      embed.html
 * @param failedKeys    how many wrong or revoked keys one client may present before it is refused for a while
 */
@ConfigurationProperties("advisor.access")
public record AccessProperties(@DefaultValue List<String> portalOrigins, @DefaultValue FailedKeys failedKeys) {

    /**
     * A token bucket per client address: {@code perClient} failures, refilled evenly over {@code period}.
     *
     * @param perClient the failures a client may have in a burst
     * @param period    the time in which the bucket refills whole
     */
    public record FailedKeys(@DefaultValue("20") int perClient, @DefaultValue("1m") Duration period) {
    }
}
