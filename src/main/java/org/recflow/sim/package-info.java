/**
 * Simulated time for demos and walk-throughs ({@code sim} profile only): the engine clock moves
 * forward on request and every timer that falls due runs before the answer. The simulated "now"
 * is kept in the database, so a restart resumes at the same moment.
 */
package org.recflow.sim;
