"""Locale completeness: every message of en exists everywhere with the same variables,
plural selectors use each language's categories, and no English is left in other locales."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel import Locale
from fluent.syntax import FluentParser, ast, visitor

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.i18n import TranslationError, Translator, load_bundle
from bot.paths import LOCALES_DIR

OTHER_LANGUAGES = [lang for lang in SUPPORTED_LANGUAGES if lang != "en"]

# Messages that legitimately read the same as English: language endonyms, pure placeables,
# and words German shares with English.
SAME_AS_ENGLISH = {
    # BarCamp is the format's name in every language.
    "barcamp-workshop-button",
    "language-endonym-de",
    "language-endonym-en",
    "language-endonym-ru",
    "language-endonym-uk",
    "language-endonym-be",
    "admin-draft-add-translation",
}
SAME_IN_GERMAN = {
    # The network's words German shares with English.
    "network-newsletter-button",
    "network-topic-integration",
    "network-topic-migration",
    # The toolbox's topic and phase tags (German uses the English words).
    "tbadmin-topic-sport",
    "tbadmin-phase-kickoff",
    "tbadmin-phase-sprint",
    "tbadmin-phase-coaching",
    "tbadmin-edit-text",
    "tbadmin-edit-link",
    "call-default-criterion-motivation",
    "profile-edit-name",
    "privacy-mydata-name",
    "role-coach",
    "menu-workshops",
    "staff-workshops",
    "orghome-group-workshops",
    "workshops-place-online",
    "workshops-place-online-link",
    "workshops-csv-name",
    "workshops-csv-status",
    "insight-csv-name",
    "insight-csv-status",
    "insight-csv-workshop",
    "ideas-photo",
    "teams-member-line",
    "teams-card-coach",
    "checkins-digest",
    "checkins-day-0",
    "checkins-day-4",
    "checkins-day-5",
    "teams-checkins",
    "checkins-csv-name",
}


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.selectors: list[ast.SelectExpression] = []

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        self.selectors.append(node)
        self.generic_visit(node)


def messages(language: str) -> dict[str, ast.Message]:
    found: dict[str, ast.Message] = {}
    for path in sorted((LOCALES_DIR / language).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [e for e in resource.body if isinstance(e, ast.Junk)]
        assert not junk, f"{path}: syntax error: {junk[0].content[:80]!r}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in found, f"{language}: duplicate {entry.id.name}"
                found[entry.id.name] = entry
    return found


def variables(message: ast.Message) -> tuple[set[str], list[ast.SelectExpression]]:
    v = _Variables()
    v.visit(message)
    return v.names, v.selectors


ENGLISH = messages("en")


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_english_message_exists_with_the_same_variables(language: str) -> None:
    theirs = messages(language)
    missing = sorted(set(ENGLISH) - set(theirs))
    extra = sorted(set(theirs) - set(ENGLISH))
    assert not missing, f"{language} lacks {missing}"
    assert not extra, f"{language} has messages English lacks: {extra}"
    for message_id, english in ENGLISH.items():
        assert variables(theirs[message_id])[0] == variables(english)[0], (
            f"{language}/{message_id} uses other variables than en"
        )


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_plural_selectors_cover_the_language_categories(language: str) -> None:
    categories = set(Locale.parse(language).plural_form.tags) | {"other"}
    for message_id, message in messages(language).items():
        for select in variables(message)[1]:
            keys = {v.key.name for v in select.variants if isinstance(v.key, ast.Identifier)}
            if keys & {"one", "few", "many"}:  # a plural selector, not just a default
                assert categories <= keys, f"{language}/{message_id}: {keys} misses {categories}"


def test_slavic_languages_have_few_and_many() -> None:
    for language in ("ru", "uk", "be"):
        assert {"one", "few", "many"} <= set(Locale.parse(language).plural_form.tags)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_no_english_text_left(language: str) -> None:
    theirs = messages(language)
    allowed = SAME_AS_ENGLISH | (SAME_IN_GERMAN if language == "de" else set())
    same = [
        mid
        for mid, m in ENGLISH.items()
        if mid not in allowed
        and mid in theirs
        and _pattern_text(m)  # nothing but placeables: nothing to translate
        and _pattern_text(m) == _pattern_text(theirs[mid])
    ]
    assert not same, f"{language} still has English text in {same}"


class _Text(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.parts.append(node.value)

    def visit_StringLiteral(self, node: ast.StringLiteral) -> None:
        self.parts.append(node.value)


def _pattern_text(message: ast.Message) -> str:
    """All words of a message, variants included; '' when there is nothing to translate."""
    collector = _Text()
    collector.visit(message)
    text = re.sub(r"\s+", " ", " ".join(collector.parts)).strip()
    return text if re.search(r"[^\W\d_]{2}", text) else ""


def test_strict_translator_refuses_missing_message_and_missing_variable() -> None:
    tr = Translator(strict=True)
    with pytest.raises(TranslationError):
        tr.plain("de", "no-such-message")
    with pytest.raises(TranslationError):
        tr.plain("ru", "onboarding-choose-city")  # $partnership not given


def test_lenient_translator_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "de").mkdir()
    (tmp_path / "en" / "a.ftl").write_text("hello = Hello\nonly-en = Only English\n")
    (tmp_path / "de" / "a.ftl").write_text("hello = Hallo\n")
    tr = Translator(tmp_path, ["en", "de"])
    assert tr.plain("de", "hello") == "Hallo"
    assert tr.plain("de", "only-en") == "Only English"


def test_syntax_errors_are_loud(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.ftl").write_text("good = fine\nbroken = { $x \n")
    with pytest.raises(TranslationError, match="syntax error"):
        load_bundle("en", tmp_path)


@pytest.mark.parametrize("language", ["ru", "uk", "be"])
@pytest.mark.parametrize(("count", "word_index"), [(1, 0), (3, 1), (5, 2), (21, 0), (24, 1)])
def test_plural_forms_render_per_language(language: str, count: int, word_index: int) -> None:
    words = {
        "ru": ["тема", "темы", "тем"],
        "uk": ["тема", "теми", "тем"],
        "be": ["тэма", "тэмы", "тэм"],
    }[language]
    text = Translator(strict=True).plain(
        language, "admin-draft-review", name="x", cities="a", themes="b", theme_count=count
    )
    assert f"{count} {words[word_index]}:" in text


def test_html_escapes_user_values() -> None:
    tr = Translator(strict=True)
    text = tr.html("en", "admin-draft-name-saved", name="<b>Kiel & Co</b>")
    assert "&lt;b&gt;Kiel &amp; Co&lt;/b&gt;" in text
