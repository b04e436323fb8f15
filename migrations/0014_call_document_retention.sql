-- Documents uploaded to a call are kept only as long as the call needs them: a due task
-- ('call_documents', the call's id) forgets their Telegram files `document_retention_days`
-- after the selection date. The triggers keep that task in step with the call, whoever
-- creates or edits it; a changed date plans a new task (its detail is the date) and the
-- service skips one whose date is no longer the call's.
-- [postgresql]
CREATE FUNCTION calls_plan_document_retention() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO due_tasks (kind, ref_id, detail, due_at)
    SELECT 'call_documents', NEW.id, moment, moment
    FROM (SELECT to_char(
        (NEW.decision_by::timestamptz + make_interval(days => NEW.document_retention_days::int))
            AT TIME ZONE 'UTC',
        'YYYY-MM-DD"T"HH24:MI:SS"+00:00"') AS moment) planned
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER calls_plan_document_retention AFTER INSERT ON calls
FOR EACH ROW EXECUTE FUNCTION calls_plan_document_retention();
CREATE TRIGGER calls_replan_document_retention
AFTER UPDATE OF decision_by, document_retention_days ON calls
FOR EACH ROW EXECUTE FUNCTION calls_plan_document_retention();
INSERT INTO due_tasks (kind, ref_id, detail, due_at)
SELECT 'call_documents', id, moment, moment
FROM (SELECT id, to_char(
    (decision_by::timestamptz + make_interval(days => document_retention_days::int))
        AT TIME ZONE 'UTC',
    'YYYY-MM-DD"T"HH24:MI:SS"+00:00"') AS moment FROM calls) planned
ON CONFLICT DO NOTHING;
-- [sqlite]
CREATE TRIGGER calls_plan_document_retention AFTER INSERT ON calls
BEGIN
    INSERT OR IGNORE INTO due_tasks (kind, ref_id, detail, due_at)
    VALUES (
        'call_documents',
        NEW.id,
        strftime('%Y-%m-%dT%H:%M:%S+00:00', NEW.decision_by,
                 '+' || NEW.document_retention_days || ' days'),
        strftime('%Y-%m-%dT%H:%M:%S+00:00', NEW.decision_by,
                 '+' || NEW.document_retention_days || ' days')
    );
END;

CREATE TRIGGER calls_replan_document_retention
AFTER UPDATE OF decision_by, document_retention_days ON calls
BEGIN
    INSERT OR IGNORE INTO due_tasks (kind, ref_id, detail, due_at)
    VALUES (
        'call_documents',
        NEW.id,
        strftime('%Y-%m-%dT%H:%M:%S+00:00', NEW.decision_by,
                 '+' || NEW.document_retention_days || ' days'),
        strftime('%Y-%m-%dT%H:%M:%S+00:00', NEW.decision_by,
                 '+' || NEW.document_retention_days || ' days')
    );
END;

INSERT OR IGNORE INTO due_tasks (kind, ref_id, detail, due_at)
SELECT 'call_documents', id,
       strftime('%Y-%m-%dT%H:%M:%S+00:00', decision_by, '+' || document_retention_days || ' days'),
       strftime('%Y-%m-%dT%H:%M:%S+00:00', decision_by, '+' || document_retention_days || ' days')
FROM calls;
