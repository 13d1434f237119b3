/**
 * TSB circulars drafted by recflow (issue 18): the circular that announces a TAP consultation for a meeting
 * (WTSA Res. 1 §9.3.1, §9.4.1), the AAP announcements of a window of dates (Rec. ITU-T A.8 §4), the results of
 * approvals, a Question consultation (Res. 1 §7.3.2) and deletions (Res. 1 §9.8.2, A.8 §8.2).
 * {@link org.recflow.circular.CircularManagement} is the module's API: it drafts a circular from the procedures'
 * own data, read through their management API only ({@code ApprovalManagement}, {@code QuestionManagement},
 * {@code DeletionManagement}, never their tables), lets TSB edit its free paragraphs, renders it as HTML and PDF in
 * the six official languages (Thymeleaf templates and message bundles under {@code circular/}, openhtmltopdf with
 * embedded Noto fonts and ICU's bidirectional support), and issues it: issuing is the announcement, so it takes the
 * step the circular announces for every text it covers in one transaction, numbers it (unique per year), freezes it
 * and archives its PDFs, publishing {@link org.recflow.circular.CircularEvents.CircularIssued} (the notifications
 * tell the addressees; this module knows nothing of them). Its tables are {@code circular}, {@code circular_text} and {@code circular_pdf} (V9).
 */
package org.recflow.circular;
