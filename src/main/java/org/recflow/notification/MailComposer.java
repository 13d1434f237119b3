package org.recflow.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mail of one notification for one account, in its language ({@code notification/messages_xx.properties}:
 * English and Chinese; any other language falls back to English): a subject, the same words as plain text and as
 * HTML (every value escaped), the link to the page where one acts, and, when something is due, an iCalendar
 * (RFC 5545, ical4j) with the deadline as an instant event.
 */
final class MailComposer {

    /** One composed message; {@code calendar} is null when nothing is due. */
    record Mail(String subject, String text, String html, String calendar) {
    }

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    MailComposer() {
        messages.setBasename("notification/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** Composes the e-mail of {@code e} for {@code account} in {@code language}; {@code link} and {@code settings} are absolute URLs. */
    Mail compose(EventView e, String account, String language, String link, String settings, Instant now) {
        Locale locale = "zh".equals(language) ? Locale.CHINESE : Locale.ENGLISH;
        String typeName = msg("type." + e.type(), locale);
        String kindName = e.kind() == null ? "" : messages.getMessage("kind." + e.kind(), null, e.kind(), locale);
        String due = e.dueAt() == null ? "" : DateTimeFormatter.ofPattern(msg("due.format", locale), locale).withZone(ZoneOffset.UTC).format(e.dueAt());
        String subject = messages.getMessage("mail.subject", new Object[] {typeName, e.label()}, locale);
        String greeting = messages.getMessage("mail.greeting", new Object[] {account}, locale);
        String body = messages.getMessage("mail.body." + e.type(), new Object[] {e.label(), kindName, due}, locale);
        String act = messages.getMessage("mail.act", new Object[] {link}, locale);
        String signature = messages.getMessage("mail.signature", new Object[] {settings}, locale);
        StringBuilder text = new StringBuilder().append(greeting).append("\n\n").append(body).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><p>").append(esc(greeting)).append("</p><p>").append(esc(body)).append("</p>");
        if (locale == Locale.ENGLISH && e.summary() != null) {
            String details = messages.getMessage("mail.details", new Object[] {e.summary()}, locale);
            text.append(details).append("\n\n");
            html.append("<p>").append(esc(details)).append("</p>");
        }
        text.append(act).append("\n");
        html.append("<p><a href=\"").append(esc(link)).append("\">").append(esc(act)).append("</a></p>");
        String calendar = null;
        if (e.dueAt() != null) {
            String note = msg("mail.calendar", locale);
            text.append(note).append("\n");
            html.append("<p>").append(esc(note)).append("</p>");
            calendar = calendar(e, kindName, link, now);
        }
        text.append("\n-- \n").append(signature).append("\n");
        html.append("<hr><p><small>").append(esc(signature)).append("</small></p></body></html>");
        return new Mail(subject, text.toString(), html.toString(), calendar);
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    /** The deadline as an instant event (DTEND = DTSTART) whose UID is the notification's id, so a resent one replaces it. */
    static String calendar(EventView e, String kindName, String link, Instant now) {
        Instant due = e.dueAt().truncatedTo(ChronoUnit.SECONDS);
        VEvent event = new VEvent(due, due, (kindName.isEmpty() ? e.type() : kindName) + " – " + e.label());
        event.replace(new DtStamp(now.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Uid(e.id() + "@recflow"));
        event.add(new Description(e.summary() == null ? e.label() : e.summary()));
        event.add(new Url(java.net.URI.create(link)));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//recflow//notifications//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event);
        return calendar.toString();
    }
}
