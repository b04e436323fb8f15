"""Documents are kept only as long as the call needs them: their Telegram files are forgotten
`document_retention_days` after the selection date (name, size and checksum stay)."""

from __future__ import annotations

from datetime import timedelta

from bot.db import applications as applications_db
from bot.db import calls as calls_db
from bot.db.codec import time_to_sql
from bot.domain.calls import Document
from bot.offline.harness import BotHarness
from tests.stories import applicants, open_call, seed_application


async def documents(harness: BotHarness, application_id: int) -> tuple[Document, ...]:
    async with harness.services.db.reading() as conn:
        found = await applications_db.get(conn, application_id)
    assert found is not None
    return found.documents


async def test_files_are_forgotten_after_the_retention_period(harness: BotHarness) -> None:
    call = await open_call(harness, document_retention_days=30)
    lead, partner = await applicants(harness)
    application_id = await seed_application(harness, call, lead.id, partner.id)
    until = call.decision_by + timedelta(days=30)
    await harness.advance(until - harness.clock.now() - timedelta(minutes=1))
    (kept,) = await documents(harness, application_id)
    assert kept.file_id == "file-support"  # a minute before: still there
    await harness.advance(timedelta(minutes=2))
    (purged,) = await documents(harness, application_id)
    assert purged.file_id is None
    assert (purged.file_name, purged.size_bytes, purged.sha256) == (
        "support.pdf",
        1234,
        "0" * 64,
    )


async def test_a_later_selection_date_keeps_the_files_longer(harness: BotHarness) -> None:
    call = await open_call(harness, document_retention_days=10)
    lead, partner = await applicants(harness)
    application_id = await seed_application(harness, call, lead.id, partner.id)
    later = call.decision_by + timedelta(days=20)
    async with harness.services.db.transaction() as conn:
        await calls_db.update(conn, call.id, {"decision_by": time_to_sql(later)})
    await harness.advance(call.decision_by + timedelta(days=11) - harness.clock.now())
    (kept,) = await documents(harness, application_id)
    assert kept.file_id == "file-support"  # the first date passed: moved, nothing forgotten
    await harness.advance(timedelta(days=20))
    (purged,) = await documents(harness, application_id)
    assert purged.file_id is None
