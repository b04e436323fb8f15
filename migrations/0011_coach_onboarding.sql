-- A coach who arrives by an invitation link is not asked for a home city during onboarding
-- (the invitation names the partnership; coaches look after teams of both cities). They may
-- still choose one in their profile. 1: onboarding is complete without a city.

ALTER TABLE participants ADD COLUMN city_optional INTEGER NOT NULL DEFAULT 0;
