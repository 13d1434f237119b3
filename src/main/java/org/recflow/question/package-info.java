/**
 * New and revised Questions agreed by a study group between WTSAs (WTSA Resolution 1 §7.3).
 * {@link org.recflow.question.QuestionManagement} is the module's API; the {@code Question} aggregate
 * guards its transitions, the Member States' replies and the 70% rule are the shared
 * {@link org.recflow.consultation.Consultations} and {@link org.recflow.consultation.ConsultationTally},
 * and processes/question-approval.bpmn owns the 2-month consultation's timing. What happens is published as
 * {@link org.recflow.question.QuestionEvents}, whose listeners write the history and deadlines.
 */
package org.recflow.question;
