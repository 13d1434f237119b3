package org.recflow.circular;

import static org.recflow.kernel.RecflowException.invalid;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The six official languages of ITU a circular is written in. {@code reviewed} is false for the languages whose
 * sentences still wait for TSB's translators (the layout, dates and numbers are right in all six).
 */
public enum Language {
    EN(Locale.UK, false, true),
    ZH(Locale.SIMPLIFIED_CHINESE, false, true),
    FR(Locale.FRANCE, false, false),
    ES(Locale.forLanguageTag("es-ES"), false, false),
    RU(Locale.forLanguageTag("ru-RU"), false, false),
    AR(Locale.forLanguageTag("ar"), true, false);

    private final Locale locale;
    private final boolean rightToLeft;
    private final boolean reviewed;
    private final DateTimeFormatter dates;

    Language(Locale locale, boolean rightToLeft, boolean reviewed) {
        this.locale = locale;
        this.rightToLeft = rightToLeft;
        this.reviewed = reviewed;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** The language of a {@code lang} parameter ({@code en}, {@code zh}, …); null means English. 400 naming {@code lang} otherwise. */
    public static Language of(String code) {
        if (code == null || code.isBlank()) {
            return EN;
        }
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code.trim())) {
                return l;
            }
        }
        throw invalid("lang", "lang is one of en, zh, fr, es, ru, ar");
    }

    /** The ISO 639-1 code of {@code ?lang=} and {@code Content-Language}: {@code en}, {@code zh}, {@code fr}, {@code es}, {@code ru}, {@code ar}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The locale of the language's bundle and of its dates (e.g. {@code 2027年4月27日}). */
    public Locale locale() {
        return locale;
    }

    /** Whether the document is written right to left ({@code ar}): the HTML's {@code dir} and the PDF's bidi run. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** False while the language's bundle waits for review by TSB's translators. */
    public boolean reviewed() {
        return reviewed;
    }

    /** A date the way the language writes it in a letter (java.time with the locale): 6 January 2027, 2027年1月6日, … */
    public String date(LocalDate d) {
        return d == null ? "" : dates.format(d);
    }
}
