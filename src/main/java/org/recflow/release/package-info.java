/**
 * Releases: which build is running ({@code GET /api/version}) and how its process models reach the engine (deployed
 * again only when their content changes, so that instances already running keep their version).
 */
package org.recflow.release;
