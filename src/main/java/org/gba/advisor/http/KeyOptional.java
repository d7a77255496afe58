package org.gba.advisor.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Anyone may call the endpoint, and a key changes what it answers (e.g. later versions of a profile). The OpenAPI
 * document states the key as optional security. An endpoint with neither this nor {@link KeyRequired} is public:
 * a key changes nothing there (a wrong one is still a 401).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface KeyOptional {
    /** What a key changes, in words. */
    String value();
}
