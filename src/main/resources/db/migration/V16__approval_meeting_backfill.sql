-- Issue 16: every text with a meeting is tied to a meeting row. V10 linked the approvals of its day; texts requested
-- after it (until start bodies found or created their meeting) kept only their dates. Each distinct
-- (study group, start, end) among them that no SCHEDULED meeting has yet becomes one ...
INSERT INTO meeting (study_group, start_date, end_date, place, status, created_at, updated_at, version)
SELECT DISTINCT a.study_group, a.meeting_start, a.meeting_end, CAST(NULL AS VARCHAR(200)), 'SCHEDULED',
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
  FROM approval a
 WHERE a.meeting_id IS NULL AND a.meeting_start IS NOT NULL AND a.meeting_end IS NOT NULL AND a.meeting_end >= a.meeting_start
   AND NOT EXISTS (SELECT 1 FROM meeting m
                    WHERE m.status = 'SCHEDULED' AND m.study_group = a.study_group
                      AND m.start_date = a.meeting_start AND m.end_date = a.meeting_end);

-- ... and those approvals point at the first SCHEDULED meeting with their dates
UPDATE approval SET meeting_id = (
        SELECT MIN(m.id) FROM meeting m
         WHERE m.status = 'SCHEDULED' AND m.study_group = approval.study_group
           AND m.start_date = approval.meeting_start AND m.end_date = approval.meeting_end)
 WHERE meeting_id IS NULL AND meeting_start IS NOT NULL AND meeting_end IS NOT NULL AND meeting_end >= meeting_start;
