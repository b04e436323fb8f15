"""The sandbox's toolbox: what /toolbox, a search and an entry look like without keepers having
filled it first — a German guide with a Russian machine version, a template, a funding
opportunity with a deadline, a tutorial, and a best practice whose review date has passed."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.db import toolbox as toolbox_db
from bot.db import toolbox_search as search_db
from bot.db.connection import Database
from bot.db.toolbox_search import Filters
from bot.domain.toolbox import Entry, EntryKind, Facet, Funding, TemplateFile, Version

TEMPLATE_FILE_ID = "sandbox-toolbox-template"

GUIDE = {
    "de": (
        "Digitalisierung im Verein",
        "Wie ein Verein seine Mitglieder digital erreicht: ein Newsletter einmal im Monat,"
        " eine Messenger-Gruppe für kurze Nachrichten, eine Website, die Termine zeigt."
        " Fangt klein an und fragt die Mitglieder, was sie schon nutzen.",
        "original",
    ),
    "ru": (
        "Цифровизация в клубе",
        "Как клуб может достучаться до своих участников в цифровом формате: рассылка раз в"
        " месяц, группа в мессенджере для коротких сообщений, сайт с датами встреч."
        " Начните с малого и спросите участников, чем они уже пользуются.",
        "machine",
    ),
}


def _entry(
    kind: EntryKind,
    versions: dict[str, tuple[str, str, str]],
    topics: tuple[str, ...],
    **extra: object,
) -> Entry:
    texts = {lang: Version(lang, t, b, o) for lang, (t, b, o) in versions.items()}  # type: ignore[arg-type]
    tags: dict[Facet, tuple[str, ...]] = {"topic": topics}
    language = next(lang for lang, v in versions.items() if v[2] == "original")
    return Entry(
        id=0,
        kind=kind,
        status="published",
        original_language=language,
        versions=texts,
        tags=tags,
        **extra,  # type: ignore[arg-type]
    )


def demo_entries(now: datetime) -> list[Entry]:
    year = (now + timedelta(days=365)).date()
    # 23:59 on the funder's clock, the last day of the month three months ahead.
    first = (now.replace(day=1) + timedelta(days=100)).replace(day=1)
    berlin = ZoneInfo("Europe/Berlin")
    last_day = (first - timedelta(days=1)).date()
    deadline = datetime.combine(last_day, time(23, 59), berlin).astimezone(UTC)
    return [
        _entry("guide", GUIDE, ("digitalisation",), review_due=year, credit_name="Klara"),
        _entry(
            "template",
            {
                "de": (
                    "Vorlage: Projektantrag für Städtepartnerschaften",
                    "Ein Antrag in fünf Abschnitten: Idee, Partner, Zeitplan, Kosten, Wirkung.",
                    "original",
                )
            },
            ("economy",),
            template=TemplateFile(
                TEMPLATE_FILE_ID, "Projektantrag.docx", 24_000, "application/msword"
            ),
            review_due=year,
        ),
        _entry(
            "funding",
            {
                "de": (
                    "Förderung für Jugendbegegnungen",
                    "Für Begegnungen junger Menschen aus beiden Partnerstädten:"
                    " Reise, Unterkunft und Programm.",
                    "original",
                ),
                "en": (
                    "Funding for youth exchanges",
                    "For meetings of young people from both partner cities:"
                    " travel, accommodation and programme.",
                    "human",
                ),
            },
            ("youth",),
            funding=Funding(deadline, "Europe/Berlin", "bis 5.000 €"),
            link="https://example.org/foerderung",
            review_due=year,
        ),
        _entry(
            "tutorial",
            {
                "en": (
                    "Running a bilingual video call",
                    "A ten-minute video: interpreting in turns, subtitles, a shared agenda.",
                    "original",
                )
            },
            ("digitalisation", "education"),
            link="https://example.org/video-call",
            review_due=year,
        ),
        _entry(
            "practice",
            {
                "ru": (
                    "Совместный субботник двух городов",
                    "Как Краснодар и Карлсруэ в один день убирали парки и делились фото.",
                    "original",
                )
            },
            ("environment",),
            review_due=(now - timedelta(days=30)).date(),
        ),
    ]


async def seed_toolbox(db: Database, clock: Clock) -> None:
    """The demo entries, once (a sandbox started again keeps what it has)."""
    now = clock.now()
    async with db.transaction() as conn:
        if any((await search_db.count_by_kind(conn, Filters(include_expired=True), now)).values()):
            return
        for entry in demo_entries(now):
            await toolbox_db.create_entry(conn, entry, now)
