package org.recflow.web;

import org.recflow.kernel.ProblemCode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Problem codes a handler can answer beyond those the OpenAPI document gives every operation of its kind (see
 * {@link OpenApiConfiguration}): e.g. {@code @Refusals(ProblemCode.NOT_ELIGIBLE)} on a GET that only TSB may read.
 * Documentation only: it changes nothing the handler does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Refusals {

    /** The extra codes; each is documented under its own HTTP status. */
    ProblemCode[] value();
}
