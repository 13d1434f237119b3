/**
 * Time as the procedures count it: periods in weeks and calendar months that close at 24:00 UTC of
 * their closing date, notice periods counted back from a meeting, working days on the Geneva holiday
 * calendar, and the one clock every other module reads (bridged to the process engine's clock).
 * {@link org.recflow.calendar.Periods} computes every period of every procedure (AAP, TAP, Questions,
 * deletions) from the clause that sets it; the procedures and the planner call it.
 */
package org.recflow.calendar;
