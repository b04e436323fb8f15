"""Toolbox search speed: 5,000 entries in five languages, exact, misspelled and
cross-language queries through the reader's search (index, re-scoring, loading the page).

Entries are generated from each language's words by Zipf's law (real words and generated ones,
4,000 a language; titles of 4-9 words, texts of
40-400 words, a third with a second language version, as translations add them); they are
written through the real repository (bot/db/toolbox.create_entry), so the trigram index is
filled by the migration's triggers. Run: python -m bench.toolbox [--entries N] [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.common import result
from bot.clock import FakeClock
from bot.db import toolbox as toolbox_db
from bot.db.connection import connect
from bot.db.migrations import apply_migrations
from bot.domain.toolbox import ENTRY_KINDS, TOPICS, Entry, Funding, Version
from bot.i18n import Translator
from bot.services.notify import Notifier
from bot.services.toolbox import ToolboxService
from bot.translation import NoMachineTranslation

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)

VOCABULARY = {
    "de": [
        "Digitalisierung",
        "Verein",
        "Jugendaustausch",
        "Förderung",
        "Antrag",
        "Partnerschaft",
        "Städtepartnerschaft",
        "Bürgerbeteiligung",
        "Ehrenamt",
        "Finanzierung",
        "Projektplanung",
        "Kommunikation",
        "Öffentlichkeit",
        "Veranstaltung",
        "Workshop",
        "Leitfaden",
        "Vorlage",
        "Umweltschutz",
        "Nachhaltigkeit",
        "Mobilität",
        "Kultur",
        "Schule",
        "Bildung",
        "Begegnung",
        "Sprache",
        "Übersetzung",
        "Haushalt",
        "Budget",
        "Bericht",
        "Abrechnung",
        "Sportverein",
        "Demokratie",
        "Teilhabe",
        "Ausschreibung",
        "Frist",
        "Stiftung",
        "Zuschuss",
        "Eigenanteil",
        "Kooperation",
        "Netzwerk",
        "Mitglieder",
        "Vorstand",
        "Satzung",
        "Datenschutz",
        "Einwilligung",
        "Fotografie",
        "Pressemitteilung",
        "Reisekosten",
        "Unterkunft",
        "Visum",
        "Einladung",
        "Delegation",
        "Besuch",
        "Programm",
        "und",
        "der",
        "die",
        "das",
        "für",
        "mit",
        "im",
        "auf",
        "bei",
        "von",
        "zur",
        "zum",
        "ein",
        "eine",
        "nicht",
        "auch",
        "wie",
        "wir",
        "ihr",
    ],
    "ru": [
        "цифровизация",
        "объединение",
        "молодёжный",
        "обмен",
        "финансирование",
        "заявка",
        "партнёрство",
        "города-побратимы",
        "участие",
        "волонтёрство",
        "планирование",
        "коммуникация",
        "общественность",
        "мероприятие",
        "семинар",
        "руководство",
        "шаблон",
        "экология",
        "устойчивость",
        "мобильность",
        "культура",
        "школа",
        "образование",
        "встреча",
        "язык",
        "перевод",
        "бюджет",
        "отчёт",
        "спорт",
        "демократия",
        "конкурс",
        "срок",
        "фонд",
        "грант",
        "сотрудничество",
        "сеть",
        "участники",
        "правление",
        "устав",
        "защита",
        "данных",
        "согласие",
        "фотография",
        "пресс-релиз",
        "командировка",
        "проживание",
        "виза",
        "приглашение",
        "делегация",
        "визит",
        "и",
        "в",
        "на",
        "для",
        "с",
        "по",
        "от",
        "к",
        "не",
        "как",
        "мы",
        "вы",
        "это",
        "также",
    ],
    "uk": [
        "цифровізація",
        "обєднання",
        "молодіжний",
        "обмін",
        "фінансування",
        "заявка",
        "партнерство",
        "міста-побратими",
        "участь",
        "волонтерство",
        "планування",
        "комунікація",
        "громадськість",
        "захід",
        "семінар",
        "посібник",
        "шаблон",
        "екологія",
        "сталість",
        "мобільність",
        "культура",
        "школа",
        "освіта",
        "зустріч",
        "мова",
        "переклад",
        "бюджет",
        "звіт",
        "спорт",
        "демократія",
        "конкурс",
        "термін",
        "фонд",
        "грант",
        "співпраця",
        "мережа",
        "учасники",
        "правління",
        "статут",
        "захист",
        "даних",
        "згода",
        "віза",
        "запрошення",
        "делегація",
        "візит",
        "і",
        "в",
        "на",
        "для",
        "з",
        "по",
        "від",
        "до",
        "не",
        "як",
        "ми",
        "ви",
        "це",
        "також",
    ],
    "be": [
        "лічбавізацыя",
        "аб'яднанне",
        "моладзевы",
        "абмен",
        "фінансаванне",
        "заяўка",
        "партнёрства",
        "гарады-пабрацімы",
        "удзел",
        "валанцёрства",
        "планаванне",
        "камунікацыя",
        "грамадскасць",
        "мерапрыемства",
        "семінар",
        "дапаможнік",
        "шаблон",
        "экалогія",
        "устойлівасць",
        "мабільнасць",
        "культура",
        "школа",
        "адукацыя",
        "сустрэча",
        "мова",
        "пераклад",
        "бюджэт",
        "справаздача",
        "спорт",
        "дэмакратыя",
        "конкурс",
        "тэрмін",
        "фонд",
        "грант",
        "супрацоўніцтва",
        "сетка",
        "удзельнікі",
        "віза",
        "запрашэнне",
        "дэлегацыя",
        "візіт",
        "і",
        "ў",
        "на",
        "для",
        "з",
        "па",
        "ад",
        "да",
        "не",
        "як",
        "мы",
        "вы",
        "гэта",
        "таксама",
    ],
    "en": [
        "digitalisation",
        "association",
        "youth",
        "exchange",
        "funding",
        "application",
        "partnership",
        "twinning",
        "participation",
        "volunteering",
        "planning",
        "communication",
        "public",
        "event",
        "workshop",
        "guide",
        "template",
        "environment",
        "sustainability",
        "mobility",
        "culture",
        "school",
        "education",
        "meeting",
        "language",
        "translation",
        "budget",
        "report",
        "sport",
        "democracy",
        "call",
        "deadline",
        "foundation",
        "grant",
        "cooperation",
        "network",
        "members",
        "board",
        "statute",
        "privacy",
        "consent",
        "photography",
        "press",
        "release",
        "travel",
        "costs",
        "accommodation",
        "visa",
        "invitation",
        "delegation",
        "visit",
        "programme",
        "and",
        "the",
        "of",
        "for",
        "with",
        "in",
        "on",
        "at",
        "by",
        "to",
        "a",
        "an",
        "not",
        "also",
        "how",
        "we",
        "you",
    ],
}
LANGUAGES = tuple(VOCABULARY)
SYLLABLES = {
    "de": [
        "ver",
        "ein",
        "ung",
        "keit",
        "schaft",
        "be",
        "ge",
        "stadt",
        "land",
        "arbeit",
        "bau",
        "rat",
        "ort",
        "zeit",
        "recht",
        "heit",
        "lich",
        "sam",
        "bar",
        "tag",
        "nacht",
        "haus",
        "feld",
        "berg",
        "wald",
        "markt",
        "platz",
        "weg",
        "kunst",
        "spiel",
        "bild",
    ],
    "ru": [
        "ра",
        "бо",
        "та",
        "ни",
        "е",
        "ство",
        "ель",
        "ный",
        "ость",
        "го",
        "род",
        "ко",
        "ми",
        "те",
        "при",
        "вет",
        "пред",
        "ло",
        "же",
        "ска",
        "зо",
        "ва",
        "ние",
        "тель",
        "ское",
        "ских",
        "ков",
        "ная",
        "мир",
        "дом",
    ],
    "uk": [
        "ро",
        "бо",
        "та",
        "нн",
        "я",
        "ство",
        "ий",
        "ість",
        "мі",
        "сто",
        "ко",
        "мі",
        "те",
        "при",
        "віт",
        "пе",
        "ре",
        "да",
        "ння",
        "ськ",
        "ий",
        "ові",
        "ння",
        "ів",
        "на",
        "світ",
        "дім",
    ],
    "be": [
        "ра",
        "бо",
        "та",
        "нн",
        "е",
        "ства",
        "ы",
        "асць",
        "го",
        "рад",
        "ка",
        "мі",
        "тэ",
        "пры",
        "ві",
        "та",
        "пе",
        "ра",
        "да",
        "нне",
        "скі",
        "ў",
        "ння",
        "аў",
        "на",
        "свет",
        "дом",
    ],
    "en": [
        "ment",
        "tion",
        "ing",
        "work",
        "town",
        "land",
        "build",
        "ship",
        "port",
        "time",
        "right",
        "ness",
        "ful",
        "able",
        "day",
        "night",
        "house",
        "field",
        "hill",
        "wood",
        "market",
        "place",
        "way",
        "art",
        "play",
        "pic",
        "ture",
        "com",
        "mun",
    ],
}
VOCABULARY_SIZE = 4000  # words per language, as in a few hundred real guides


def vocabulary(rng: random.Random, language: str) -> list[str]:
    """A language's words by frequency: its function words first, then real content words
    mixed with generated ones (syllables of the language), so the index's trigrams and
    pieces are as rare or common as in real texts (Zipf's law, see `sentence`)."""
    real = VOCABULARY[language]
    function = [w for w in real if len(w) <= 4]
    content = [w for w in real if len(w) > 4]
    made: set[str] = set()
    while len(made) < VOCABULARY_SIZE - len(real):
        made.add("".join(rng.choice(SYLLABLES[language]) for _ in range(rng.randint(2, 5))))
    rest = content + sorted(made)
    rng.shuffle(rest)
    return function + rest


WORDS: dict[str, list[str]] = {}
# Zipf's law: the word of rank r is used in proportion to 1 / r.
ZIPF = [1 / rank for rank in range(1, VOCABULARY_SIZE + 1)]


def sentence(rng: random.Random, language: str, count: int) -> str:
    vocab = WORDS[language]
    return " ".join(rng.choices(vocab, weights=ZIPF[: len(vocab)], k=count))


def generated_entry(rng: random.Random, number: int) -> Entry:
    kind = ENTRY_KINDS[number % len(ENTRY_KINDS)]
    original = LANGUAGES[number % len(LANGUAGES)]
    languages = [original]
    if rng.random() < 0.35:
        languages.append(rng.choice([lang for lang in LANGUAGES if lang != original]))
    versions = {
        lang: Version(
            lang,
            sentence(rng, lang, rng.randint(4, 9)).capitalize()[:120],
            sentence(rng, lang, rng.randint(40, 400))[:3000],
            "original" if lang == original else "machine",
        )
        for lang in languages
    }
    deadline = NOW + timedelta(days=rng.randint(-60, 200))
    return Entry(
        id=0,
        kind=kind,
        status="published",
        original_language=original,
        versions=versions,
        tags={"topic": (rng.choice(TOPICS),)},
        funding=Funding(deadline, "Europe/Berlin", "5,000 EUR") if kind == "funding" else None,
        review_due=date(2028, 1, 1),
    )


def typo(rng: random.Random, word: str) -> str:
    """One letter dropped from the middle of the word (the commonest typing slip)."""
    at = rng.randint(2, len(word) - 3)
    return word[:at] + word[at + 1 :]


def queries(rng: random.Random, titles: list[str]) -> dict[str, list[str]]:
    """What people type: words of real titles (as they remember them), the same with a
    typo, two words, the German guide in Russian and back, and nonsense."""
    title_words = [w for title in titles for w in title.split() if len(w) >= 6]
    exact = rng.sample(title_words, 100)
    two_words = [
        f"{a} {b}"
        for a, b in zip(rng.sample(title_words, 50), rng.sample(title_words, 50), strict=True)
    ]
    typos = [typo(rng, w) for w in rng.sample(title_words, 100)]
    cross = ["цифровизация", "Digitalisierung", "молодёжный обмен", "visa invitation"] * 10
    nonsense = ["xqzvbnmk", "qwrtzpl", "zzyzx vork"] * 5
    return {
        "exact": exact + two_words,
        "typo": typos,
        "cross-language": cross,
        "nonsense": nonsense,
    }


async def run(entry_count: int, runs: int) -> float:
    rng = random.Random(22)
    with tempfile.TemporaryDirectory() as tmp:
        db = connect(Path(tmp) / "bench.sqlite3")
        await db.open()
        await apply_migrations(db.conn)
        clock = FakeClock(NOW)
        translator = Translator()
        service = ToolboxService(
            db, clock, Notifier(translator, "de"), translator, NoMachineTranslation()
        )
        started = time.perf_counter()
        for language in LANGUAGES:
            WORDS[language] = vocabulary(rng, language)
        titles: list[str] = []
        async with db.transaction() as conn:
            for number in range(entry_count):
                entry = generated_entry(rng, number)
                titles += [v.title for v in entry.versions.values()]
                await toolbox_db.create_entry(conn, entry, NOW)
        versions = (
            await (await db.conn.execute("SELECT COUNT(*) FROM toolbox_versions")).fetchone()
        )[0]
        print(
            f"seeded {entry_count} entries ({versions} language versions)"
            f" in {time.perf_counter() - started:.1f} s"
        )
        timings: dict[str, list[float]] = {}
        found: dict[str, list[int]] = {}
        for _ in range(runs):
            for group, texts in queries(rng, titles).items():
                for text in texts:
                    t0 = time.perf_counter()
                    page = await service.search(text, rng.choice(LANGUAGES))
                    timings.setdefault(group, []).append((time.perf_counter() - t0) * 1000)
                    found.setdefault(group, []).append(len(page.entries))
        await db.close()
    every = [t for group in timings.values() for t in group]
    for group, times in timings.items():
        times.sort()
        hits = found[group]
        print(
            f"{group:15} {len(times):4} queries  median {statistics.median(times):6.2f} ms"
            f"  p95 {times[int(len(times) * 0.95) - 1]:6.2f} ms"
            f"  found something {sum(1 for n in hits if n) / len(hits):5.0%}"
            f"  entries per search {statistics.mean(hits):5.1f}"
        )
    median = statistics.median(every)
    every.sort()
    p95 = every[int(len(every) * 0.95) - 1]
    print(f"all {len(every)} queries: median {median:.2f} ms, p95 {p95:.2f} ms")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    median = asyncio.run(run(args.entries, args.runs))
    print(result("toolbox_median_ms", median, "<", 20, 2))


if __name__ == "__main__":
    main()
