-- A reviewer may join by link before (or without) onboarding: keep the Telegram first name
-- they had then, so administrators see who it is (a display name chosen later wins).
ALTER TABLE call_reviewers ADD COLUMN first_name TEXT;
