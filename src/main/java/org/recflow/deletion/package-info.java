/**
 * Deletions of Recommendations between WTSAs (WTSA Resolution 1 §9.8.2, Recommendation ITU-T A.8 §8.2).
 * {@link org.recflow.deletion.DeletionManagement} is the module's API: the chairman records the study group's
 * agreement, the circular opens a 3-month window for objections by Member States and Sector Members, and at its
 * close the text is deleted, or returned to the study group when anyone objected. The {@code Deletion} aggregate
 * guards every transition; processes/recommendation-deletion.bpmn owns the window's timing. What happens is
 * published as {@link org.recflow.deletion.DeletionEvents}, whose listeners write the history and deadlines.
 */
package org.recflow.deletion;
