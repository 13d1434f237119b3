-- The dashboard and /api/deadlines read open deadlines soonest first (due_at, then id). With id in the index, a
-- scan of the index gives that order, and the first 200 of 200,000 open deadlines need no sort of all of them
-- (measured: 1.2 s for the page with 100,000 open approvals on H2 before this index, docs/BENCHMARKS.md).
DROP INDEX deadline_open;
CREATE INDEX deadline_open ON deadline (closed_at, due_at, id);
