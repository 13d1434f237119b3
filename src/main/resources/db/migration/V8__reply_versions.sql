-- Every version of a Member State's consultation reply (api.md, "Replies keep their history"). consultation_reply
-- keeps the latest version of each reply, for the tally; this table keeps each version as it was sent, written in
-- the same transaction as the reply and never changed afterwards. Its version numbers are those of
-- consultation_reply.version (1 for the first reply, then one more for each change).
CREATE TABLE consultation_reply_version (
    subject_type     VARCHAR(16)    NOT NULL,
    subject_id       BIGINT         NOT NULL,
    round            INT            NOT NULL,
    member_state     VARCHAR(3)     NOT NULL,
    version          INT            NOT NULL,
    position         VARCHAR(16)    NOT NULL,
    reasons          VARCHAR(20000),
    proposed_changes VARCHAR(20000),
    author           VARCHAR(64)    NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT consultation_reply_version_pk PRIMARY KEY (subject_type, subject_id, round, member_state, version)
);

-- The replies stored before this migration: each becomes the first version kept of its reply. A reply changed before
-- the upgrade keeps its number (the earlier versions were overwritten then and cannot be recovered), so the next
-- change follows on from it and the reply's own version always names its latest row here.
INSERT INTO consultation_reply_version (subject_type, subject_id, round, member_state, version, position, reasons,
        proposed_changes, author, submitted_at)
SELECT subject_type, subject_id, round, member_state, version, position, reasons, proposed_changes, author, submitted_at
FROM consultation_reply;
