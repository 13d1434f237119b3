-- benchmark 3 (physical limit): one single-row INSERT per transaction, committed (pgbench runs each script as one
-- transaction in autocommit). The table is created by `recflow-bench commit-loop`, which run.sh runs first.
INSERT INTO bench_commit (payload, at) VALUES ('pgbench reply', now());
