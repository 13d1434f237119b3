-- A meeting outcome is stored as JSON: its reservations (up to 500, each with a note of up to 4000 characters, as the
-- API accepts) did not fit in 8000 characters, and three long notes made the recording step fail with a 500 instead
-- of being stored. A body is at most 256 KiB (RequestLimits), so 1,000,000 characters holds any outcome it can carry.
ALTER TABLE approval ALTER COLUMN meeting_outcome SET DATA TYPE VARCHAR(1000000);
