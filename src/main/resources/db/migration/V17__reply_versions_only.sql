-- Issue 20, release 0.4.0: a Member State's reply is written once per version and never rewritten. Until now
-- consultation_reply held a copy of each reply's latest version, rewritten with every change, next to the versions
-- themselves (V8). Each such rewrite changed two pages of the database at random places (the row's and its unique
-- index's); on embedded H2 that was about a tenth of a reply's cost (docs/BENCHMARKS.md, "Fifth pass").
--
-- From here:
--   consultation_reply_first   one row per Member State and round, written with its first version: who replied,
--                              and when first (first_submitted_at); its unique key is the guarantee of one reply per
--                              Member State and round.
--   consultation_reply_version every version as it was sent (V8), unchanged.
--   consultation_reply         a view with the columns the table had: each reply's latest (highest) version.

-- A reply whose latest content has no version row would lose it below. None is expected (V8 copied every reply, and
-- since then each reply wrote its row and its version in one transaction); this keeps it if there is one.
INSERT INTO consultation_reply_version (subject_type, subject_id, round, member_state, version, position, reasons,
        proposed_changes, author, submitted_at)
SELECT r.subject_type, r.subject_id, r.round, r.member_state, r.version, r.position, r.reasons, r.proposed_changes,
       r.author, r.submitted_at
  FROM consultation_reply r
 WHERE NOT EXISTS (SELECT 1 FROM consultation_reply_version v
                    WHERE v.subject_type = r.subject_type AND v.subject_id = r.subject_id AND v.round = r.round
                      AND v.member_state = r.member_state AND v.version = r.version);

ALTER TABLE consultation_reply RENAME TO consultation_reply_first;
ALTER TABLE consultation_reply_first DROP COLUMN position;
ALTER TABLE consultation_reply_first DROP COLUMN reasons;
ALTER TABLE consultation_reply_first DROP COLUMN proposed_changes;
ALTER TABLE consultation_reply_first DROP COLUMN author;
ALTER TABLE consultation_reply_first DROP COLUMN submitted_at;
ALTER TABLE consultation_reply_first DROP COLUMN version;

CREATE VIEW consultation_reply AS
SELECT r.id, r.subject_type, r.subject_id, r.round, r.member_state, v.position, v.reasons, v.proposed_changes,
       v.author, r.first_submitted_at, v.submitted_at, v.version
  FROM consultation_reply_first r
  JOIN consultation_reply_version v
    ON v.subject_type = r.subject_type AND v.subject_id = r.subject_id AND v.round = r.round
   AND v.member_state = r.member_state
 WHERE v.version = (SELECT MAX(w.version) FROM consultation_reply_version w
                     WHERE w.subject_type = r.subject_type AND w.subject_id = r.subject_id AND w.round = r.round
                       AND w.member_state = r.member_state);
