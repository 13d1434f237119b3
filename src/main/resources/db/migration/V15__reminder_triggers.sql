-- The reminders and ACTION_DUE notices already fired (issue 17 §6): one row per deadline, recipient, moment and the
-- instant it was about, written in the same transaction as the event that asks the outbox to send it. The primary key
-- makes each fire once, however often the scan runs, on however many nodes, across restarts.
--   recipient: the Member State code of a consultation reminder, or CHAIR / TSB for an ACTION_DUE
--   moment:    the reminder's lead as an ISO-8601 duration (PT168H for 7 days), or OPENED / SOON / OVERDUE
--   due_at:    the close (reminders) or due instant (SOON, OVERDUE) it announced, so a moved deadline is announced
--              again; OPENED keeps the instant the deadline opened, so moving it does not reopen it
CREATE TABLE reminder_trigger (
    deadline_id   BIGINT       NOT NULL,
    recipient     VARCHAR(16)  NOT NULL,
    moment        VARCHAR(32)  NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    subject_type  VARCHAR(16)  NOT NULL,
    subject_id    BIGINT       NOT NULL,
    fired_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reminder_trigger_once PRIMARY KEY (deadline_id, recipient, moment, due_at)
);

-- Deadlines already open when this runs were announced (or missed) before notifications existed: their OPENED, and
-- the OVERDUE of those already past, count as fired, so an upgrade does not send a flood of stale notices.
INSERT INTO reminder_trigger (deadline_id, recipient, moment, due_at, subject_type, subject_id, fired_at)
SELECT id, waiting_on, 'OPENED', opened_at, subject_type, subject_id, CURRENT_TIMESTAMP
FROM deadline WHERE closed_at IS NULL AND waiting_on IN ('CHAIR', 'TSB');
INSERT INTO reminder_trigger (deadline_id, recipient, moment, due_at, subject_type, subject_id, fired_at)
SELECT id, waiting_on, 'OVERDUE', due_at, subject_type, subject_id, CURRENT_TIMESTAMP
FROM deadline WHERE closed_at IS NULL AND waiting_on IN ('CHAIR', 'TSB') AND due_at < CURRENT_TIMESTAMP;
