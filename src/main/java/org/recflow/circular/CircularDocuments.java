package org.recflow.circular;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a circular as HTML (Thymeleaf template {@code circular/circular.html}, sentences from the bundles
 * {@code circular/messages_xx.properties}) and as PDF (openhtmltopdf on PDFBox, ICU's bidirectional algorithm and
 * Arabic shaping, the fonts Noto Sans, Noto Sans SC and Noto Naskh Arabic embedded as subsets). Pure: the same view and language
 * give the same text. Layout of the seeds' TSB circulars: place and date, reference, addressees, copies, contact,
 * subject, numbered paragraphs, annex listing the texts; deadlines written "24:00 hours UTC on …".
 */
@Component
class CircularDocuments {

    /** TSB's switchboard and fax as the seeds' circulars give them; the e-mail is the study group's secretariat. */
    static final String TEL = "+41 22 730 6301";
    static final String FAX = "+41 22 730 5853";

    private static final String[] FONTS = {
        "circular/fonts/400Regular/NotoSans_400Regular.ttf", "Noto Sans", "400",
        "circular/fonts/700Bold/NotoSans_700Bold.ttf", "Noto Sans", "700",
        "circular/fonts/NotoSansSC_400Regular.ttf", "Noto Sans SC", "400",
        "circular/fonts/400Regular/NotoNaskhArabic_400Regular.ttf", "Noto Naskh Arabic", "400",
        "circular/fonts/700Bold/NotoNaskhArabic_700Bold.ttf", "Noto Naskh Arabic", "700",
    };

    private final ResourceBundleMessageSource messages;
    private final TemplateEngine templates;

    CircularDocuments() {
        messages = new ResourceBundleMessageSource();
        messages.setBasename("circular/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("circular/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        templates = engine;
    }

    /** One line of an annex entry: a label's message key and its value, already in the language. */
    record Row(String key, String value) {
    }

    /** One text in the annex: its heading and rows. */
    record Entry(String heading, String title, List<Row> rows) {
    }

    /** A part of the annex (for an AAP announcement: Last Call, Additional Review, approved). */
    record Section(String title, List<Entry> entries) {
    }

    /** The circular as an XHTML document (well-formed, so that the PDF renderer reads it as it is). */
    String html(CircularView c, Language lang) {
        Context ctx = new Context(lang.locale());
        ctx.setVariable("c", c);
        ctx.setVariable("lang", lang.code());
        ctx.setVariable("dir", lang.rightToLeft() ? "rtl" : "ltr");
        ctx.setVariable("reviewed", lang.reviewed());
        ctx.setVariable("date", lang.date(dateOf(c)));
        ctx.setVariable("reference", c.number() == null ? msg(lang, "reference.draft")
                : msg(lang, "reference.number", c.number().replace("TSB Circular ", "")));
        ctx.setVariable("code", c.studyGroup() == null ? "TSB" : c.studyGroup());
        ctx.setVariable("email", email(c.studyGroup()));
        ctx.setVariable("tel", TEL);
        ctx.setVariable("fax", FAX);
        ctx.setVariable("subject", subject(c, lang));
        ctx.setVariable("paragraphs", paragraphs(c, lang));
        ctx.setVariable("sections", sections(c, lang));
        return templates.process("circular", ctx);
    }

    /** The circular as PDF/A-free plain PDF with its fonts embedded; Arabic laid out right to left. */
    byte[] pdf(CircularView c, Language lang) {
        String html = html(c, lang);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            b.useUnicodeBidiReorderer(new ICUBidiReorderer());
            b.defaultTextDirection(lang.rightToLeft() ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR);
            for (int i = 0; i < FONTS.length; i += 3) {
                String path = FONTS[i];
                b.useFont(() -> font(path), FONTS[i + 1], Integer.valueOf(FONTS[i + 2]), BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the circular could not be written as PDF", e);
        }
    }

    private static InputStream font(String path) {
        InputStream in = CircularDocuments.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("font " + path + " is missing from the build (frontend npm packages, see pom.xml)");
        }
        return in;
    }

    private static LocalDate dateOf(CircularView c) {
        return c.issuedOn() != null ? c.issuedOn() : LocalDate.ofInstant(c.updatedAt(), ZoneOffset.UTC);
    }

    /** The study group's secretariat, as TSB names its mailboxes (tsbsg20@itu.int, tsbtsag@itu.int). */
    static String email(String studyGroup) {
        return studyGroup == null ? "tsbsgs@itu.int" : "tsb" + studyGroup.toLowerCase(Locale.ROOT) + "@itu.int";
    }

    private String msg(Language lang, String key, Object... args) {
        return messages.getMessage(key, args, lang.locale());
    }

    private String group(String code, Language lang) {
        if (code == null) {
            return msg(lang, "sg.all");
        }
        if (code.equalsIgnoreCase("TSAG")) {
            return msg(lang, "sg.tsag");
        }
        return msg(lang, "sg.name", code.substring(2));
    }

    private String deadline(java.time.Instant closesAt, Language lang) {
        return msg(lang, "deadline", lang.date(CircularDrafts.utcDate(closesAt)));
    }

    String subject(CircularView c, Language lang) {
        String sg = group(c.studyGroup(), lang);
        return switch (c.kind()) {
            case TAP_CONSULTATION -> msg(lang, "tap.subject", sg, msg(lang, "dates", lang.date(c.meetingStart()), lang.date(c.meetingEnd())));
            case AAP_ANNOUNCEMENT -> msg(lang, "aap.subject", lang.date(c.from()), lang.date(c.to()));
            case RESULT -> msg(lang, "result.subject", sg);
            case QUESTION_CONSULTATION -> msg(lang, "q.subject", c.texts().get(0).reference(), sg);
            case DELETION -> msg(lang, "del.subject", sg);
        };
    }

    /** The numbered paragraphs: recflow's for the kind, then TSB's free paragraphs. */
    List<String> paragraphs(CircularView c, Language lang) {
        String sg = group(c.studyGroup(), lang);
        String email = email(c.studyGroup());
        List<String> out = new ArrayList<>();
        switch (c.kind()) {
            case TAP_CONSULTATION -> {
                out.add(msg(lang, "tap.p1", sg, lang.date(c.meetingStart()), lang.date(c.meetingEnd())));
                out.add(msg(lang, "tap.p2"));
                out.add(msg(lang, "tap.p3"));
                out.add(msg(lang, "tap.p4", deadline(c.replyDeadline(), lang), "PUT /api/approvals/{id}/replies/{memberState}", email));
                out.add(msg(lang, "tap.p5"));
                out.add(msg(lang, "tap.p6"));
                out.add(msg(lang, "tap.p7"));
            }
            case AAP_ANNOUNCEMENT -> {
                out.add(msg(lang, "aap.p1", lang.date(c.from()), lang.date(c.to())));
                if (c.texts().stream().anyMatch(t -> !t.section().equals("APPROVED"))) {
                    out.add(msg(lang, "aap.p2", "POST /api/approvals/{id}/comments"));
                }
            }
            case RESULT -> {
                out.add(msg(lang, "result.p1", sg));
                out.add(msg(lang, "result.p2"));
            }
            case QUESTION_CONSULTATION -> {
                CircularText q = c.texts().get(0);
                out.add(msg(lang, "q.p1", q.reference(), sg, q.title(), q.textReference()));
                out.add(msg(lang, "q.p2", deadline(c.replyDeadline(), lang), "PUT /api/questions/{id}/replies/{memberState}", email));
                out.add(msg(lang, "q.p3"));
            }
            case DELETION -> {
                out.add(msg(lang, "del.p1", sg));
                out.add(msg(lang, "del.p2", deadline(c.replyDeadline(), lang), "POST /api/deletions/{id}/objections", email));
            }
        }
        out.addAll(c.paragraphs());
        return out;
    }

    List<Section> sections(CircularView c, Language lang) {
        Map<String, List<Entry>> bySection = new LinkedHashMap<>();
        for (CircularText t : c.texts()) {
            bySection.computeIfAbsent(t.section(), s -> new ArrayList<>()).add(entry(t, lang));
        }
        List<Section> out = new ArrayList<>();
        bySection.forEach((section, entries) -> out.add(new Section(msg(lang, "section." + section), entries)));
        return out;
    }

    private Entry entry(CircularText t, Language lang) {
        List<Row> rows = new ArrayList<>();
        String heading;
        switch (t.subjectType()) {
            case "APPROVAL" -> {
                heading = msg(lang, "annex.recommendation", t.reference(), msg(lang, "revision." + t.revision()));
                if (!t.questions().isEmpty()) {
                    rows.add(new Row("annex.questions", String.join(", ", t.questions())));
                }
                if (!t.section().equals("TAP")) {
                    rows.add(new Row("annex.procedure", msg(lang, "procedure." + t.procedure())));
                }
                rows.add(new Row("annex.summary", t.summary()));
                rows.add(new Row("annex.textReference", t.textReference()));
                if (t.closesAt() != null) {
                    rows.add(new Row("annex.closes", deadline(t.closesAt(), lang)));
                }
                if (t.section().equals("TAP") && t.meetingStart() != null) {
                    rows.add(new Row("annex.meeting", msg(lang, "dates", lang.date(t.meetingStart()), lang.date(t.meetingEnd()))));
                }
                if (t.section().equals("RESULT") || t.section().equals("APPROVED")) {
                    rows.add(new Row("annex.outcome", outcome(t, lang)));
                    if (t.procedure().equals("TAP") && t.meetingEnd() != null && t.meetingStart() != null) {
                        rows.add(new Row("annex.meeting", msg(lang, "dates", lang.date(t.meetingStart()), lang.date(t.meetingEnd()))));
                    }
                    rows.add(new Row("annex.reservations", t.reservations().isEmpty() ? msg(lang, "annex.none") : String.join("; ", t.reservations())));
                }
            }
            case "QUESTION" -> {
                heading = t.reference();
                rows.add(new Row("annex.textReference", t.textReference()));
                rows.add(new Row("annex.closes", deadline(t.closesAt(), lang)));
            }
            default -> {
                heading = msg(lang, "annex.recommendation.deleted", t.reference());
                rows.add(new Row("annex.agreedOn", lang.date(t.meetingStart())));
                rows.add(new Row("annex.reason", t.summary()));
                rows.add(new Row("annex.closes", deadline(t.closesAt(), lang)));
            }
        }
        return new Entry(heading, t.title(), rows);
    }

    private String outcome(CircularText t, Language lang) {
        if ("APPROVED".equals(t.status())) {
            return msg(lang, "outcome.APPROVED", lang.date(t.outcomeOn()));
        }
        if ("NOT_APPROVED".equals(t.status())) {
            String reason = t.outcomeReason() == null ? "" : messages.getMessage("reason." + t.outcomeReason(), null, t.outcomeReason(), lang.locale());
            return msg(lang, "outcome.NOT_APPROVED", lang.date(t.outcomeOn()), reason);
        }
        return msg(lang, "outcome.other", t.status(), lang.date(t.outcomeOn()));
    }
}
