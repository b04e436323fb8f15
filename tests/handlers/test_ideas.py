"""Ideas end to end: submitting, reading across languages, voting rules, moderation, results."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta
from pathlib import Path

import pytest
from matplotlib import image as mpimg

from bot.callback_data import (
    IdeaAction,
    IdeaDraftStep,
    IdeaList,
    IdeaModerate,
    IdeaOpen,
    IdeaResults,
    WorkshopSignup,
)
from bot.db import dialogs as dialogs_db
from bot.db import ideas as ideas_db
from bot.domain.ideas import IdeaStatus
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    ECOLOGY,
    create_workshop,
    idea_ids,
    make_organiser,
    open_voting,
    png_header,
    popup,
    quick_participant,
    submit,
    translated_harness,
)

ALL_NEWEST = IdeaList(0, 0, "a", "n")  # the whole list, newest first (what 📋 opens)


def card_in(idea_id: int, listing: IdeaList = ALL_NEWEST) -> IdeaOpen:
    """The button of one idea in a list."""
    return IdeaOpen(idea_id, listing.page, listing.theme_id, listing.scope, listing.sort)


@pytest.fixture
async def translated(tmp_path: Path, clock):
    """A harness whose ideas are machine-translated by a fake provider on 127.0.0.1."""
    async with translated_harness(tmp_path, clock, admin_ids=frozenset({ADMIN_ID})) as (h, fake):
        yield h, fake


async def test_reader_sees_a_german_idea_in_russian_and_taps_to_the_original(translated) -> None:
    harness, fake = translated
    hans = await quick_participant(harness, "Hans", language="de")
    await harness.services.onboarding.set_display_name(hans.id, "Hans M.")
    await submit(
        hans,
        "Grüne Innenstadt",
        "Mehr Bäume und Schatten für die Innenstadt, gemeinsam mit Schulen.",
        needs="Erfahrung mit Stadtgrün",
    )
    grune = (await idea_ids(harness))[0]
    olga = await quick_participant(harness, "Olga", language="ru", city=1)
    await submit(
        olga,
        "Фестиваль молодёжной культуры",
        "Летний фестиваль для молодёжи обоих городов с музыкой и апсайклингом.",
    )
    await olga.send("/ideas")
    await olga.press(ALL_NEWEST)
    card = await olga.press(card_in(grune))
    assert card.body.startswith("💡 [ru] Grüne Innenstadt")
    assert "[ru] Mehr Bäume" in card.body
    assert "🤝 Нужно от города-партнёра: [ru] Erfahrung mit Stadtgrün" in card.body
    assert "🤖 Машинный перевод, язык оригинала: немецкий" in card.body
    assert "✍️ Hans M." in card.body
    await olga.press(IdeaAction(grune, "original", 0))
    assert card.body.startswith("💡 Grüne Innenstadt\n\nMehr Bäume")
    assert "🤖" not in card.body
    participant = await harness.services.onboarding.participant(olga.id)
    assert participant is not None and participant.show_originals  # remembered
    assert "🌐 Показать на моём языке" in card.button_texts()
    await olga.press(IdeaAction(grune, "original", 0))
    assert card.body.startswith("💡 [ru] Grüne Innenstadt")
    # The translation was cached: reading again asks the provider nothing new.
    before = len(fake.requests)
    await olga.press(ALL_NEWEST)  # ⬅️ back
    await olga.press(card_in(grune))
    assert len(fake.requests) == before
    # The author reads their own idea in the original.
    await hans.send("/ideas")
    own = IdeaList(0, 0, "o", "n")
    await hans.press(own)
    mine = await hans.press(card_in(grune, own))
    assert mine.body.startswith("💡 Grüne Innenstadt")


async def test_without_a_provider_originals_are_shown(harness: BotHarness) -> None:
    hans = await quick_participant(harness, "Hans", language="de")
    await submit(hans, "Grüne Innenstadt", "Mehr Bäume für die Innenstadt.")
    grune = (await idea_ids(harness))[0]
    olga = await quick_participant(harness, "Olga", language="ru", city=1)
    await olga.send("/ideas")
    await olga.press(ALL_NEWEST)
    card = await olga.press(card_in(grune))
    assert card.body.startswith("💡 Grüne Innenstadt")
    assert "🤖" not in card.body and "🌐 Показать оригинал" not in card.button_texts()


async def test_failing_provider_shows_the_original(tmp_path: Path, clock) -> None:
    async with translated_harness(tmp_path, clock, "error") as (h, fake):
        hans = await quick_participant(h, "Hans", language="de")
        await submit(hans, "Grüne Innenstadt", "Mehr Bäume für die Innenstadt.")
        grune = (await idea_ids(h))[0]
        olga = await quick_participant(h, "Olga", language="ru", city=1)
        await olga.send("/ideas")
        await olga.press(ALL_NEWEST)
        card = await olga.press(card_in(grune))
        assert card.body.startswith("💡 Grüne Innenstadt")
        assert fake.requests  # it was asked, and its error did not break the screen


async def test_vote_budget_one_vote_per_idea_and_closed_voting(harness: BotHarness) -> None:
    authors = [await quick_participant(harness, f"Author{i}") for i in range(7)]
    for i, author in enumerate(authors):
        await submit(author, f"Idea number {i} about bikes {i}", f"Bikes and trains {i} " * 3)
    voter = await quick_participant(harness, "Voter")
    await voter.send("/ideas")
    await voter.press(ALL_NEWEST)
    first = await voter.press_at(0, 0)  # the newest idea
    assert not any(b.startswith("👍") for b in first.button_texts())  # voting not open yet
    await voter.press_data(f"ia:{(await idea_ids(harness))[0]}:vote:0", message=first)
    assert popup(voter) == "🗳 Voting is closed at the moment."
    await open_voting(harness, budget=5)

    ids = await idea_ids(harness)
    for idea_id in ids[:5]:
        await voter.start()  # any message works; buttons are pressed on the card below
        await voter.press_data(f"io:{idea_id}:0:0:a:n")
        await voter.press(IdeaAction(idea_id, "vote", 0))
    assert "You have used all your votes." in voter.last_text
    await voter.press_data(f"io:{ids[5]}:0:0:a:n")
    assert "👍 Vote (0 left)" in voter.buttons()
    card = await voter.press(IdeaAction(ids[5], "vote", 0))
    assert popup(voter) == (
        "You have used all 5 votes. Take one back from another idea to vote for this one."
    )
    await voter.press_data(f"ia:{ids[0]}:vote:0", message=card)  # forged second vote
    assert popup(voter) == "You have already voted for this idea."
    await voter.press_data(f"io:{ids[0]}:0:0:a:n")
    await voter.press(IdeaAction(ids[0], "unvote", 0))
    assert (
        "↩️ Your vote is back. You have 1 left." in voter.last.body
        or "↩️ Your vote is back. You have 1 left." in voter.messages[-1].body
    )
    async with harness.services.db.reading() as conn:
        counts = {i.id: i.vote_count for i in (await ideas_db.list_ideas(conn, 1, limit=20))[0]}
    assert sum(counts.values()) == 4
    # Authors cannot vote for their own idea.
    await authors[6].press_data(f"io:{ids[6]}:0:0:a:n", message=authors[6].last)
    assert not any(b.startswith("👍") for b in authors[6].buttons())
    # Closing the voting refuses further votes with a clear message.
    actor = await harness.services.access.actor(ADMIN_ID)
    await harness.services.ideas.change_settings(actor, 1, voting_open=False)
    await voter.press_data(f"ia:{ids[6]}:vote:0")
    assert popup(voter) == "🗳 Voting is closed at the moment."


@pytest.mark.slow  # a crowd of 100
async def test_100_concurrent_votes_give_the_exact_count(harness: BotHarness) -> None:
    author = await quick_participant(harness, "Author")
    await submit(author, "Twin City hackathon", "A weekend hackathon in both cities.")
    await open_voting(harness)
    idea_id = (await idea_ids(harness))[0]
    voters = [await quick_participant(harness, f"V{i}") for i in range(100)]
    for v in voters:
        await v.start()
    await asyncio.gather(*(v.press_data(f"ia:{idea_id}:vote:0") for v in voters))
    # One eager voter presses on ten ideas at once with a budget of 5.
    for i in range(10):
        await submit(author, f"More idea {i} trains", f"Trains and buses {i} " * 2)
    eager = await quick_participant(harness, "Eager")
    await eager.start()
    others = [i for i in await idea_ids(harness) if i != idea_id]
    await asyncio.gather(*(eager.press_data(f"ia:{i}:vote:0") for i in others))
    async with harness.services.db.reading() as conn:
        idea = await ideas_db.get(conn, idea_id)
        rows = await conn.execute_fetchall(
            "SELECT COUNT(*) FROM votes WHERE idea_id = ?", (idea_id,)
        )
        eager_votes = await conn.execute_fetchall(
            "SELECT COUNT(*) FROM votes WHERE user_id = ?", (eager.id,)
        )
    assert idea is not None and idea.vote_count == 100 == next(iter(rows))[0]
    assert next(iter(eager_votes))[0] == 5


async def test_merge_never_double_counts(harness: BotHarness) -> None:
    a1 = await quick_participant(harness, "Author1")
    a2 = await quick_participant(harness, "Author2", city=1)
    await submit(a1, "Start-up network", "Connect start-ups of Karlsruhe and Krasnodar.")
    await submit(a2, "Networking start-ups", "Systematic networking of start-ups in both cities.")
    await open_voting(harness)
    source, target = await idea_ids(harness)
    both, only_source, only_target = [
        await quick_participant(harness, n) for n in ("Both", "OnlySource", "OnlyTarget")
    ]
    for voter, ideas in (
        (both, (source, target)),
        (only_source, (source,)),
        (only_target, (target,)),
    ):
        await voter.start()
        for idea_id in ideas:
            await voter.press_data(f"ia:{idea_id}:vote:0")
    organiser = await quick_participant(harness, "Orga", user_id=ADMIN_ID)
    await organiser.send("/menu")
    await organiser.press_data(f"im:{source}:merge:0")
    assert organiser.last_text.startswith("Into which idea should it be merged?")
    card = await organiser.press(IdeaModerate(source, "into", target))
    assert (
        "Merged. Votes moved over: 1; given back to people who had voted for both: 1." in card.body
    )
    async with harness.services.db.reading() as conn:
        merged = await ideas_db.get(conn, source)
        kept = await ideas_db.get(conn, target)
        total = next(iter(await conn.execute_fetchall("SELECT COUNT(*) FROM votes")))[0]
    assert merged is not None and merged.status is IdeaStatus.MERGED and merged.vote_count == 0
    assert kept is not None and kept.vote_count == 3 == total
    assert await harness.services.ideas.votes_left(both.id, 1) == 4  # one vote given back
    await harness.drain()
    assert a1.last_text.startswith("🔗 Your idea “Start-up network” was merged")


@pytest.mark.parametrize(
    ("title", "problem"),
    [
        ("   ", "The title cannot be empty."),
        ("\u200b\u200b", "The title cannot be empty."),
        ("x" * 121, "That title has 121 characters; please keep it to 120."),
    ],
)
async def test_bad_titles_are_refused(harness: BotHarness, title: str, problem: str) -> None:
    anna = await quick_participant(harness, "Anna")
    await anna.send("/ideas")
    await anna.press(IdeaDraftStep("new", 0))
    await anna.send(title)
    assert anna.last_text.startswith(problem)
    assert anna.last_text.endswith("Send a short title (up to 120 characters).")


async def test_hostile_text_is_rendered_safely(harness: BotHarness) -> None:
    anna = await quick_participant(harness, "Anna")
    await anna.send("/ideas")
    await anna.press(IdeaDraftStep("new", 0))
    await anna.send("<script>alert('x')</script> & **bold** 🌍🤝")
    await anna.send("y" * 4096)
    assert anna.last_text.startswith("That description has 4,096 characters; please keep it")
    await anna.send("_Markdown_ `code` <b>not bold</b> &amp; 5 < 6 > 2 🏙️ " * 20)
    await anna.press(IdeaDraftStep("theme", ECOLOGY))
    await anna.press(IdeaDraftStep("submit", 0))
    card = anna.last
    assert card.body.startswith("💡 <script>alert('x')</script> & **bold** 🌍🤝")
    assert "<b>not bold</b> &amp; 5 < 6 > 2" in card.body
    assert card.entities == []  # nothing the user typed became formatting


async def test_similar_idea_can_be_joined_instead(harness: BotHarness) -> None:
    first = await quick_participant(harness, "First")
    await submit(
        first,
        "Urban greening in the centre",
        "Plant trees and green roofs in the city centre for a better climate.",
    )
    second = await quick_participant(harness, "Second", city=1)
    await second.send("/ideas")
    await second.press(IdeaDraftStep("new", 0))
    await second.send("Greening the city centre")
    await second.send("More trees and green roofs in the centre to cool the city climate.")
    await second.press(IdeaDraftStep("theme", ECOLOGY))  # one theme: on to the review
    assert second.last_text.startswith("👀 Similar ideas exist already:")
    ids = await idea_ids(harness)
    assert "Urban greening in the centre" in second.last_text  # the whole title in the text
    await second.press(IdeaDraftStep("join", ids[0]))  # 🤝 Join “Urban greening in t…”
    assert any(m.body.startswith("🤝 You joined") for m in second.messages)
    assert len(ids) == 1
    async with harness.services.db.reading() as conn:
        assert second.id in await ideas_db.supporters(conn, ids[0])


async def test_moderation_hide_report_premoderation_and_translation(harness: BotHarness) -> None:
    organiser = await quick_participant(harness, "Orga")
    await make_organiser(harness, organiser)
    await organiser.send("/menu")
    author = await quick_participant(harness, "Author", language="de")
    await submit(author, "Jugendfestival", "Ein Festival für junge Leute aus beiden Städten.")
    idea_id = (await idea_ids(harness))[0]
    reader = await quick_participant(harness, "Reader", language="en")
    await reader.start()
    await reader.press_data(f"io:{idea_id}:0:0:a:n")
    await reader.press(IdeaAction(idea_id, "report", 0))
    await reader.press(IdeaAction(idea_id, "report_ok", 0))
    await harness.advance(timedelta(minutes=1))  # the organisers' daily notice is due
    assert organiser.last_text == (
        "📥 Karlsruhe ↔ Krasnodar: 1 reported idea waits for you in the organiser tools."
    )
    # A participant translates it; it shows only once an organiser approves.
    english = SUPPORTED_LANGUAGES.index("en")
    await reader.press(IdeaAction(idea_id, "translate", 0))
    await reader.press(IdeaAction(idea_id, "translate_to", english))
    await reader.send("Youth festival")
    card = reader.last
    await reader.send("A festival for young people from both cities.")
    assert reader.last_text.startswith("🌐 Thank you — your translation will be shown once")
    await organiser.press_data("is:1:queue:0")
    await organiser.press(IdeaModerate(idea_id, "tr_show", english))  # 🌐 Translation into English
    await organiser.press(IdeaModerate(idea_id, "tr_ok", english))
    await reader.press_data(f"io:{idea_id}:0:0:a:n", message=card)
    assert card.body.startswith("💡 Youth festival")
    assert "🌐 Translated by a participant from German" in card.body
    # Hiding tells the author why, in their language.
    await organiser.press_data(f"im:{idea_id}:hide:0")
    await organiser.send("Bitte ohne Werbung / no ads please")
    await harness.drain()
    assert author.last_text == (
        "🚫 Das Organisationsteam hat deine Idee „Jugendfestival“ ausgeblendet. "
        "Grund: Bitte ohne Werbung / no ads please"
    )
    # Pre-moderation: new ideas wait for an organiser.
    actor = await harness.services.access.actor(ADMIN_ID)
    await harness.services.ideas.change_settings(actor, 1, premoderation=True)
    await submit(author, "Upcycling-Werkstatt", "Alte Dinge gemeinsam neu machen.")
    assert any(
        m.body.startswith("✅ Danke! „Upcycling-Werkstatt“ wird sichtbar, sobald")
        for m in author.messages
    )
    await reader.send("/ideas")
    await reader.press(ALL_NEWEST)
    assert reader.last_text.startswith("No ideas here yet.")
    new_id = max(await idea_ids(harness))
    await organiser.press_data(f"im:{new_id}:publish:0")
    await reader.send("/ideas")
    await reader.press(ALL_NEWEST)
    assert any("Upcycling" in b for b in reader.buttons())


async def test_participants_cannot_moderate(harness: BotHarness) -> None:
    author = await quick_participant(harness, "Author")
    await submit(author, "Hackathon", "A Twin City hackathon.")
    idea_id = (await idea_ids(harness))[0]
    intruder = await quick_participant(harness, "Intruder")
    await intruder.start()
    for data in (
        f"im:{idea_id}:hide:0",
        f"im:{idea_id}:into:{idea_id}",
        "is:1:voting:0",
        "is:1:budget:10",
        f"im:{idea_id}:theme:1",
    ):
        await intruder.press_data(data)
        assert popup(intruder) == "Sorry, this is only available to organisers of the partnership."
    settings = await harness.services.ideas.settings(1)
    assert not settings.voting_open and settings.vote_budget == 5
    async with harness.services.db.reading() as conn:
        idea = await ideas_db.get(conn, idea_id)
    assert idea is not None and idea.status is IdeaStatus.PUBLISHED


async def test_results_chart_is_a_real_image(harness: BotHarness) -> None:
    authors = [await quick_participant(harness, f"A{i}") for i in range(3)]
    for i, author in enumerate(authors):
        await submit(author, f"Идея номер {i}", f"Описание идеи {i} для обоих городов.")
    await open_voting(harness)
    ids = await idea_ids(harness)
    for n, idea_id in enumerate(ids):
        for v in range(n + 1):
            voter = await quick_participant(harness, f"V{idea_id}-{v}")
            await voter.start()
            await voter.press_data(f"ia:{idea_id}:vote:0")
    viewer = await quick_participant(harness, "Viewer")
    await viewer.send("/ideas")
    await viewer.press(IdeaResults("all", 0))
    assert viewer.last_text.splitlines()[1] == "1. Идея номер 2 — 3 votes"
    await viewer.press(IdeaResults("chart", 0))
    chart = viewer.last.photo
    assert chart is not None
    pixels = mpimg.imread(io.BytesIO(chart.content), format="png")
    assert pixels.shape[0] > 200 and pixels.shape[1] > 400


async def test_authors_get_at_most_one_vote_digest_a_day(harness: BotHarness) -> None:
    from datetime import timedelta

    author = await quick_participant(harness, "Author")
    await submit(author, "Bike sharing", "Bikes for both cities.")
    await open_voting(harness)
    idea_id = (await idea_ids(harness))[0]
    for i in range(3):
        voter = await quick_participant(harness, f"V{i}")
        await voter.start()
        await voter.press_data(f"ia:{idea_id}:vote:0")
    await harness.advance(timedelta(hours=2))
    digests = [m.body for m in author.messages if m.body.startswith("👍")]
    assert digests == ["👍 Your ideas received 3 new votes:\n• Bike sharing: +3"]
    late = await quick_participant(harness, "Late")
    await late.start()
    await late.press_data(f"ia:{idea_id}:vote:0")
    await harness.advance(timedelta(hours=3))
    assert len([m for m in author.messages if m.body.startswith("👍")]) == 1  # not yet
    await harness.advance(timedelta(hours=22))
    digests = [m.body for m in author.messages if m.body.startswith("👍")]
    assert digests[-1] == "👍 Your ideas received 1 new vote:\n• Bike sharing: +1"


async def test_idea_with_photo_written_at_a_workshop(harness: BotHarness) -> None:
    workshop = await create_workshop(harness, title="Kick-off Karlsruhe")
    anna = await quick_participant(harness, "Anna")
    await anna.start(f"w{workshop.id}")
    await anna.press(WorkshopSignup(workshop.id))
    await anna.send("/ideas")
    await anna.press(IdeaDraftStep("new", 0))
    await anna.send("Repair café")
    await anna.send("Fix things together instead of throwing them away.")
    await anna.press(IdeaDraftStep("theme", ECOLOGY))
    await anna.press(IdeaDraftStep("add_photo", 0))  # 🖼 Add a photo
    png = png_header(64, 64)
    await anna.send_photo(png)
    assert "🖼 With a photo" in anna.last_text
    await anna.press(IdeaDraftStep("workshop", workshop.id))  # 📅 Written at Kick-off Karlsruhe
    await anna.press(IdeaDraftStep("submit", 0))
    card = anna.last
    assert "📅 Written at Kick-off Karlsruhe" in card.body
    await anna.press(IdeaAction((await idea_ids(harness))[0], "photo", 0))
    assert anna.last.photo is not None and anna.last.photo.width == 64


async def test_dialogs_stored_before_they_were_typed_carry_on(harness: BotHarness) -> None:
    """A restart onto the typed dialog state keeps what people were in the middle of: the
    stored kinds and JSON read back (a translation without its title yet, a draft)."""
    author = await quick_participant(harness, "Author")
    await submit(author, "Night buses", "Buses between the districts all night long.")
    idea_id = (await idea_ids(harness))[0]
    reader = await quick_participant(harness, "Reader", language="de")
    writer = await quick_participant(harness, "Writer")
    await reader.start()
    await writer.start()
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        await dialogs_db.set_state(
            conn, reader.id, "idea_translation", {"idea_id": idea_id, "language": "de"}, now
        )
        draft = {"step": "needs", "themes": [1], "show_author": True, "title": "Rhine festival"}
        await dialogs_db.set_state(
            conn, writer.id, "idea", {**draft, "description": "One summer festival."}, now
        )
    await reader.send("Nachtbusse")
    assert reader.last_text == "Sende jetzt die Beschreibung auf Deutsch."
    await reader.send("Busse zwischen den Stadtteilen, die ganze Nacht.")
    assert reader.last_text.startswith("🌐 Danke")
    await writer.send("Musicians from both cities")  # the old wizard's needs step: the review
    assert writer.last_text.startswith("Please check your idea:\n\n💡 Rhine festival")
    assert "🤝 Needs from the partner city: Musicians from both cities" in writer.last_text
    await writer.press(IdeaDraftStep("submit", 0))
    assert writer.last_text.startswith("💡 Rhine festival")


async def test_a_button_with_an_unknown_action_is_answered_as_out_of_date(
    harness: BotHarness,
) -> None:
    author = await quick_participant(harness, "Author")
    await submit(author, "Night buses", "Buses between the districts all night long.")
    idea_id = (await idea_ids(harness))[0]
    shown = len(author.messages)
    for data in (f"ia:{idea_id}:explode:0", "id:publish_all:0", f"im:{idea_id}:delete:0"):
        await author.press_data(data)
        answer = author.last_callback_answer
        assert answer is not None and answer["text"].startswith("This button is out of date")
    assert len(author.messages) == shown
