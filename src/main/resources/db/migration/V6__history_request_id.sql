-- the audit trail names the request that caused each entry (null for timers and start-up tasks)
ALTER TABLE history_entry ADD COLUMN request_id VARCHAR(64);
