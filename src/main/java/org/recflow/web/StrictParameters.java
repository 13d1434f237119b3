package org.recflow.web;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Dates and instants in query parameters and paths follow {@link InputRules}, as in bodies: {@code YYYY-MM-DD} and
 * ISO-8601 instants with an offset, in the years 1900-2999. Registered as editors of every binder, so they take
 * precedence over the conversion service (and any {@code @DateTimeFormat}) for every controller; a refusal becomes
 * 400 {@code INVALID_REQUEST} naming the parameter.
 */
@ControllerAdvice
class StrictParameters {

    /** A parameter that parsed but breaks {@link InputRules}; its message is the reason. */
    static final class RefusedParameter extends IllegalArgumentException {
        RefusedParameter(String reason) {
            super(reason);
        }
    }

    @InitBinder
    void dates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                LocalDate d;
                try {
                    d = LocalDate.parse(text.trim());
                } catch (DateTimeParseException e) {
                    throw new RefusedParameter("is not a date (YYYY-MM-DD)");
                }
                String why = InputRules.dateRefusal(d);
                if (why != null) {
                    throw new RefusedParameter(why);
                }
                setValue(d);
            }
        });
        binder.registerCustomEditor(Instant.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                Instant i;
                try {
                    i = OffsetDateTime.parse(text.trim()).toInstant();
                } catch (DateTimeParseException e) {
                    throw new RefusedParameter("is not an instant (ISO 8601 with an offset, e.g. 2027-01-06T09:00:00Z)");
                }
                String why = InputRules.instantRefusal(i);
                if (why != null) {
                    throw new RefusedParameter(why);
                }
                setValue(i);
            }
        });
    }
}
