package org.recflow.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a request body as a long text (a summary, reasons, a comment): it may hold line breaks
 * and tabs. Every other text is one line. Either way {@link InputRules#textRefusal} applies, for every string of
 * every body, through the JSON reader (see {@code JsonConfiguration}); no field needs code of its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface MultilineText {
}
