package org.gba.advisor.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings.
 *
 * @param portalOrigins the browser origins a portal key may be used from (CORS allow-list)
 */
@ConfigurationProperties("advisor.access")
public record AccessProperties(@DefaultValue List<String> portalOrigins) {
}
