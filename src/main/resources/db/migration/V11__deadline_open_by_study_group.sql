-- /api/deadlines?studyGroup= and /dashboard?studyGroup= read one study group's open deadlines a page at a time, soonest
-- first. In deadline_open (closed_at, due_at, id) a group's rows are scattered: a page of 500 of SG20's deadlines among
-- 200,000 read about 5,000 index entries and looked up each row to test its group (measured: 4.6 s at p50 to read SG20's 40
-- pages at 100,000 open approvals on H2, on a machine with a load average of 25,
-- docs/BENCHMARKS.md). Led by the group, the same order is one seek per page.
CREATE INDEX deadline_open_by_group ON deadline (study_group, closed_at, due_at, id);
