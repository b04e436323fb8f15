-- Documents uploaded to a call are kept only as long as the call needs them: a due task
-- ('call_documents', the call's id) forgets their Telegram files `document_retention_days`
-- after the selection date. The triggers keep that task in step with the call, whoever
-- creates or edits it; a changed date plans a new task (its detail is the date) and the
-- service skips one whose date is no longer the call's.
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
