"""The default call and what an application still misses before it may be submitted."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.db import applications as applications_db
from bot.domain.calls import ApplicationStatus, CallPhase, city_key, missing_for_submission
from bot.domain.deeplinks import CallLink, CoApplicantLink, ReviewerLink, parse_payload
from bot.offline.harness import BotHarness
from bot.services.calls import default_dates
from tests.stories import open_call, seed_application


def test_the_default_deadline_is_the_end_of_december_on_the_calls_clock() -> None:
    deadline, decision = default_dates(datetime(2026, 3, 2, 9, tzinfo=UTC), "Europe/Berlin")
    berlin = ZoneInfo("Europe/Berlin")
    assert deadline == datetime(2026, 12, 31, 23, 59, tzinfo=berlin)
    assert decision == datetime(2027, 1, 31, 23, 59, tzinfo=berlin)
    later, _ = default_dates(datetime(2027, 1, 5, tzinfo=UTC), "Europe/Berlin")
    assert later.year == 2027


def test_call_links_are_told_apart() -> None:
    assert parse_payload("c12") == CallLink(12)
    assert parse_payload("ca-abcdefgh12") == CoApplicantLink("abcdefgh12")
    assert parse_payload("rv-abcdefgh12") == ReviewerLink("abcdefgh12")


def test_city_names_fold_to_one_key() -> None:
    assert city_key(" KARLSRUHE ") == city_key("Karlsruhe") != city_key("Krasnodar")


async def test_the_default_call_asks_the_four_questions_in_every_language(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    texts = [q.text for q in call.questions if q.kind == "text"]
    assert len(texts) == 4
    assert all(t is not None and set(t.values) == {"de", "en", "ru", "uk", "be"} for t in texts)
    assert [q.field for q in call.questions if q.kind == "contact"] == [
        "institution",
        "contact_person",
        "contact_details",
    ]
    assert call.phase(harness.clock.now()) is CallPhase.OPEN
    assert len(call.criteria) == 4 and len(call.documents) == 1


async def test_a_seeded_application_is_complete_and_a_new_one_misses_everything(
    harness: BotHarness,
) -> None:
    call = await open_call(harness)
    complete = await seed_application(harness, call, 501, 502)
    async with harness.services.db.transaction() as conn:
        application = await applications_db.get(conn, complete)
        assert application is not None
        assert application.status is ApplicationStatus.SUBMITTED
        assert not missing_for_submission(call, application)
        fresh_id = await applications_db.create(conn, call.id, 503, "de", harness.clock.now())
        fresh = await applications_db.get(conn, fresh_id)
    assert fresh is not None
    missing = missing_for_submission(call, fresh)
    assert missing.partner and missing.documents and missing.sign_offs
    assert len(missing.answers) == 6  # three contact fields and three required questions
