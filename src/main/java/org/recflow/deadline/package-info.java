/**
 * The secretariat's read model of deadlines: recflow opens, moves and closes a deadline at each
 * transition of every procedure, so the dashboard and the calendar feed never read the engine's tables.
 */
package org.recflow.deadline;
