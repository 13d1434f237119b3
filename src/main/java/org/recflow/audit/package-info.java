/**
 * The append-only record of what happened to each approval, Question and deletion: who did what,
 * in which role, when. Nothing in recflow updates or deletes an entry.
 */
package org.recflow.audit;
