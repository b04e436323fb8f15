-- A person's Telegram first name, kept from their own updates: it is how others see someone
-- who chose no display name. It lives on the participant row, so /mydata hands it out and
-- /deleteme erases it with the row.

ALTER TABLE participants ADD COLUMN first_name TEXT;
