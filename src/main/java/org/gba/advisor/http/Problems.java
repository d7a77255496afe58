package org.gba.advisor.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems an endpoint answers besides those that follow from its shape, each by the last part of its
 * {@link ProblemTypes} type (e.g. {@code "unknown-profile"}). Every endpoint may answer 401 and 403; one that
 * reads a body also malformed-json, json-limit-exceeded, invalid-profile, 413 and 415, with bean validation
 * invalid-request; one that speaks a language unsupported-language; one with typed or required parameters
 * bad-request. The OpenAPI document lists them all for the operation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Problems {
    String[] value();
}
