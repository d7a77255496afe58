package org.gba.advisor.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint needs an API key ({@code X-API-Key} or {@code Authorization: Bearer}); without one it answers 401.
 * The OpenAPI document states it as the operation's security, with {@link #value()} saying whose key may call it.
 * The security configuration enforces it; the access test checks that the two agree.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface KeyRequired {
    /** Whose key may call it, in words, e.g. "planners and the place's officials". */
    String value();
}
