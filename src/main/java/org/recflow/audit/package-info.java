/**
 * The append-only record of what happened to each approval, Question and deletion: who did what,
 * in which role, when. Nothing in recflow updates or deletes an entry. Since release 0.5.0 the history is a view
 * (migration V18) that also reads the consultation module's table of reply versions: a reply's version row is its
 * entry. That dependency is in SQL only, where Spring Modulith does not see it.
 */
package org.recflow.audit;
