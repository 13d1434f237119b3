package org.recflow.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A value of a request body that is well-formed JSON of the right type but breaks {@link InputRules}; Jackson adds
 * the field's path as it unwinds, and {@code ApiExceptionHandler} answers 400 {@code INVALID_REQUEST} naming it.
 */
class RefusedValueException extends InvalidFormatException {

    private final String reason;

    RefusedValueException(JsonParser p, String reason, Object value, Class<?> type) {
        super(p, "value " + reason, value, type);
        this.reason = reason;
    }

    /** Why the value was refused, a fragment to put after the field's name ("is outside the years 1900-2999"). */
    String reason() {
        return reason;
    }
}
