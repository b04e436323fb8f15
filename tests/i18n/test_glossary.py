"""The glossary is law: no locale uses a variant locales/GLOSSARY.md forbids, and every
message with variables tells translators what they are."""

from __future__ import annotations

import re

import pytest

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.paths import LOCALES_DIR
from tests.i18n.ftl_checks import Locales, comments_missing, forbidden_used, read_forbidden

LOCALES = Locales.from_directory(LOCALES_DIR, SUPPORTED_LANGUAGES)
FORBIDDEN = read_forbidden((LOCALES_DIR / "GLOSSARY.md").read_text(encoding="utf-8"))


def _report(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\n" + "\n".join(problems)


def test_the_glossary_forbids_something_in_every_language() -> None:
    assert {f.language for f in FORBIDDEN} == set(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_no_forbidden_variant_is_used(language: str) -> None:
    problems = forbidden_used(LOCALES, language, FORBIDDEN)
    assert not problems, _report(problems)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_message_with_variables_explains_them(language: str) -> None:
    problems = comments_missing(LOCALES, language)
    assert not problems, _report(problems)


# --- the checks themselves -----------------------------------------------------------

GLOSSARY = """
## Forbidden variants

| Language | Forbidden | Use instead |
|---|---|---|
| be | воркшоп* | варкшоп |
| uk | лист* очікування | список очікування |
| de | Orga-Mitglied* | Organisator:in |

## Next section
| be | ignored* | not part of the table |
"""


def test_forbidden_variants_are_found_in_a_broken_copy() -> None:
    rules = read_forbidden(GLOSSARY)
    assert [r.variant for r in rules] == ["воркшоп*", "лист* очікування", "Orga-Mitglied*"]
    locales = Locales.from_sources(
        {
            "be": ["a = Нашы Воркшопы\nb = Нашы варкшопы\n"],
            "uk": ["a = Ви в листі очікування\nb = Ви у списку очікування\n"],
            "de": ["a = ✉️ Orga-Mitglied einladen\nb = Organisator:in einladen\n"],
        }
    )
    assert forbidden_used(locales, "be", rules) == ["be/a: “Воркшопы” — use “варкшоп”"]
    assert forbidden_used(locales, "uk", rules) == [
        "uk/a: “листі очікування” — use “список очікування”"
    ]
    assert forbidden_used(locales, "de", rules) == ["de/a: “Orga-Mitglied” — use “Organisator:in”"]


def test_missing_translator_comments_are_found_in_a_broken_copy() -> None:
    source = """
# Variables:
#   $title (String) - workshop title, gender unknown
good = { $title }

# Variables:
#   $title (String) - workshop title
half = { $title }: { $count }

no-comment = { $title }
no-variables = Hello
"""
    locales = Locales.from_sources({"en": [source]})
    assert comments_missing(locales, "en") == [
        "en/half: comment does not explain $count",
        "en/no-comment: no '# Variables:' comment",
    ]


GENDER_PARENTHESES = re.compile(r"[А-Яа-яЁёІіЇїЄєЎўҐґ]\((?:-?ла|а)\)")


@pytest.mark.parametrize("language", ["ru", "uk", "be"])
def test_no_verb_guesses_a_gender_in_parentheses(language: str) -> None:
    """GLOSSARY.md: no "(а)/(ла)" forms ("отменил(а)"); wording that needs no gender."""
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted((LOCALES_DIR / language).glob("*.ftl"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if GENDER_PARENTHESES.search(line)
    ]
    assert not found, _report(found)


def test_the_gender_check_catches_the_forms_it_names() -> None:
    assert all(GENDER_PARENTHESES.search(w) for w in ("отменил(а)", "відповів(-ла)", "адказаў(ла)"))
    assert not GENDER_PARENTHESES.search("Отменено (в срок)")
