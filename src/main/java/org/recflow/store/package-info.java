/**
 * Plain JDBC for recflow's own tables: one aggregate per row, written whole, read with its lock. The repositories
 * of each capability say which columns an aggregate has; this package says how a row is found, locked, listed,
 * inserted and updated, once for all of them.
 */
package org.recflow.store;
