-- Issue 20, release 0.5.0: a consultation reply is written once. Until now each reply wrote its version row
-- (consultation_reply_version, V8) and, in the same transaction, a history entry saying the same thing again: who,
-- when, which Member State, which position. On embedded H2 that entry was a second table and index in every reply's
-- commit, about a tenth of the reply's cost (docs/BENCHMARKS.md, "Sixth pass").
--
-- From here the history of a subject is the view history_entry, with the columns the table had and one more, era:
--   era 0   history_entry_0_4           every entry recorded before this migration, as it was; nothing writes it again
--   era 1   history_step                every other step recorded since (requests, periods opened and closed, ...)
--   era 1   consultation_reply_version  every reply since: its version row is its entry (action REPLY_SUBMITTED, the
--                                       sentence the history listeners wrote, the author and role, the request id)
-- Entries of era 1 are ordered by one sequence, history_order, which numbers the steps and the replies alike, so a
-- subject's history reads in the order it happened (ORDER BY era, id). A reply's version row and its entry can no
-- longer disagree: they are the same row.

CREATE SEQUENCE recflow.history_order;

ALTER TABLE recflow.history_entry RENAME TO history_entry_0_4;

CREATE TABLE recflow.history_step (
    id            BIGINT       NOT NULL PRIMARY KEY,
    subject_type  VARCHAR(16)  NOT NULL,
    subject_id    BIGINT       NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    action        VARCHAR(60)  NOT NULL,
    detail        VARCHAR(4000),
    request_id    VARCHAR(64)
);
CREATE INDEX history_step_subject ON recflow.history_step (subject_type, subject_id, id);
ALTER TABLE recflow.history_step ALTER COLUMN id SET DEFAULT NEXTVAL('recflow.history_order');

-- the versions written before this migration have their entries in history_entry_0_4: their history_order stays NULL
-- (the column gets its default only after it exists, so no existing row draws a number)
ALTER TABLE recflow.consultation_reply_version ADD COLUMN history_order BIGINT;
ALTER TABLE recflow.consultation_reply_version ADD COLUMN role VARCHAR(20);
ALTER TABLE recflow.consultation_reply_version ADD COLUMN request_id VARCHAR(64);
ALTER TABLE recflow.consultation_reply_version ALTER COLUMN history_order SET DEFAULT NEXTVAL('recflow.history_order');

CREATE VIEW recflow.history_entry AS
SELECT 0 AS era, h.id, h.subject_type, h.subject_id, h.at, h.actor, h.role, h.action, h.detail, h.request_id
  FROM recflow.history_entry_0_4 h
UNION ALL
SELECT 1 AS era, s.id, s.subject_type, s.subject_id, s.at, s.actor, s.role, s.action, s.detail, s.request_id
  FROM recflow.history_step s
UNION ALL
SELECT 1 AS era, v.history_order, v.subject_type, v.subject_id, v.submitted_at, v.author, v.role,
       CAST('REPLY_SUBMITTED' AS VARCHAR(60)),
       CAST(v.member_state || CASE WHEN v.version > 1 THEN ' changed its reply to ' ELSE ' replied ' END || v.position
            AS VARCHAR(4000)),
       v.request_id
  FROM recflow.consultation_reply_version v
 WHERE v.history_order IS NOT NULL;
