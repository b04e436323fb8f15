-- Consultation hours, the host's side. After each booking's end the host is asked
-- "attended or no-show?": a due task ('hosting_mark', the booking's id, its end) planned by
-- triggers, whoever creates or moves the booking (the booking family's code, tests, the
-- sandbox). A moved end plans a new task; the service skips one whose end is no longer the
-- booking's, and one whose booking is no longer open.
ALTER TABLE consult_bookings ADD COLUMN mark_changes INTEGER NOT NULL DEFAULT 0;

-- [postgresql]
CREATE FUNCTION consult_bookings_plan_mark() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO due_tasks (kind, ref_id, detail, due_at)
    VALUES ('hosting_mark', NEW.id, NEW.ends_at, NEW.ends_at)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER consult_bookings_plan_mark AFTER INSERT ON consult_bookings
FOR EACH ROW EXECUTE FUNCTION consult_bookings_plan_mark();
CREATE TRIGGER consult_bookings_replan_mark AFTER UPDATE OF ends_at ON consult_bookings
FOR EACH ROW EXECUTE FUNCTION consult_bookings_plan_mark();
-- [sqlite]
CREATE TRIGGER consult_bookings_plan_mark AFTER INSERT ON consult_bookings
BEGIN
    INSERT OR IGNORE INTO due_tasks (kind, ref_id, detail, due_at)
    VALUES ('hosting_mark', NEW.id, NEW.ends_at, NEW.ends_at);
END;

CREATE TRIGGER consult_bookings_replan_mark AFTER UPDATE OF ends_at ON consult_bookings
BEGIN
    INSERT OR IGNORE INTO due_tasks (kind, ref_id, detail, due_at)
    VALUES ('hosting_mark', NEW.id, NEW.ends_at, NEW.ends_at);
END;
-- [both]

INSERT INTO due_tasks (kind, ref_id, detail, due_at)
SELECT 'hosting_mark', id, ends_at, ends_at FROM consult_bookings WHERE status = 'booked'
ON CONFLICT DO NOTHING;
