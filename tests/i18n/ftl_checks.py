"""Checks that make plural, glossary and comment mistakes in the .ftl files loud.

Each check takes a `Locales` (parsed messages and Fluent bundles per language, read from
the real locales directory or from strings in a test) and returns a list of problems, one
readable line each, so a test of the check itself can feed it a deliberately broken copy.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast, visitor

SLAVIC = ("ru", "uk", "be")
# Numbers every plural selector is rendered with: the edges of one/few/many/other in ru/uk/be.
SAMPLE_NUMBERS = (0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 111)
PLURAL_CATEGORIES = {"zero", "one", "two", "few", "many"}
# Variable names that hold a count even where no selector or comment says so.
NUMERIC_NAME = re.compile(
    r"^(count|n|number|total|length|limit|left|budget|seats|capacity|taken|hours|days|weeks|"
    r"minutes|votes|ideas|teams|people|members|answered|rounds|sent|waiting|blocked|failed|"
    r"confirmed|waitlisted|attended|offered|placed|participants|supporters|signups|answers|"
    r"messages|moved|returned|accepted|declined|expired|proposed|suppressed|no_signal|"
    r"no_team|questions|low|high)$"
)
# Variables that hold an ordinal or a measure, not a count of nouns ("question 3", "80 %"), or a
# year's name ("с 2005 года").
NOT_A_COUNT = {"number", "rank", "position", "percent", "rate", "mood", "rating", "year"}
# Words that may follow a number without agreeing with it: prepositions, conjunctions.
FUNCTION_WORDS = {
    "ru": {
        "из",
        "с",
        "со",
        "по",
        "в",
        "во",
        "у",
        "на",
        "до",
        "от",
        "за",
        "и",
        "или",
        "а",
        "но",
        "для",
        "к",
        "о",
        "об",
        "при",
        "через",
        "без",
    },
    "uk": {
        "з",
        "із",
        "зі",
        "по",
        "в",
        "у",
        "на",
        "до",
        "від",
        "за",
        "і",
        "й",
        "та",
        "або",
        "чи",
        "а",
        "але",
        "для",
        "о",
        "об",
        "при",
        "через",
        "без",
    },
    "be": {
        "з",
        "са",
        "па",
        "ў",
        "у",
        "на",
        "да",
        "ад",
        "за",
        "і",
        "й",
        "ды",
        "ці",
        "або",
        "а",
        "але",
        "для",
        "аб",
        "пры",
        "праз",
        "без",
    },
}
# Unit abbreviations that never change with the number (the glossary's hours: ч / год / гадз.).
UNITS = {"ru": {"ч", "мин"}, "uk": {"год", "хв"}, "be": {"хв"}}


@dataclass
class Locales:
    """Parsed messages and bundles per language; English is the reference."""

    messages: dict[str, dict[str, ast.Message]]
    comments: dict[str, dict[str, str]]
    bundles: dict[str, FluentBundle]
    numeric_names: set[str] | None = None

    @classmethod
    def from_sources(cls, sources: Mapping[str, Iterable[str]]) -> Locales:
        messages: dict[str, dict[str, ast.Message]] = {}
        bundles: dict[str, FluentBundle] = {}
        for language, texts in sources.items():
            found: dict[str, ast.Message] = {}
            bundle = FluentBundle([language], use_isolating=False)
            for text in texts:
                for entry in FluentParser().parse(text).body:
                    if isinstance(entry, ast.Message):
                        found[entry.id.name] = entry
                bundle.add_resource(FluentResource(text))
            messages[language] = found
            bundles[language] = bundle
        comments = {
            lang: {mid: (m.comment.content if m.comment else "") for mid, m in msgs.items()}
            for lang, msgs in messages.items()
        }
        return cls(messages, comments, bundles)

    @classmethod
    def from_directory(cls, directory: Path, languages: Iterable[str]) -> Locales:
        return cls.from_sources(
            {
                lang: [
                    p.read_text(encoding="utf-8") for p in sorted(directory.glob(f"{lang}/*.ftl"))
                ]
                for lang in languages
            }
        )

    def render(self, language: str, message_id: str, args: Mapping[str, object]) -> str:
        bundle = self.bundles[language]
        message = bundle.get_message(message_id)
        text, _errors = bundle.format_pattern(message.value, dict(args))
        return str(text)


# --- reading a message ------------------------------------------------------------------


class _Walk(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.selects: list[ast.SelectExpression] = []
        self.text: list[str] = []

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        self.selects.append(node)
        self.generic_visit(node)

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.text.append(node.value)

    def visit_StringLiteral(self, node: ast.StringLiteral) -> None:
        self.text.append(node.value)


def _walk(node: ast.BaseNode) -> _Walk:
    walk = _Walk()
    walk.visit(node)
    return walk


def variable_names(message: ast.Message) -> set[str]:
    return _walk(message).names


def message_text(message: ast.Message) -> str:
    """All literal words of a message (every variant, no placeables), one space between."""
    return re.sub(r"\s+", " ", " ".join(_walk(message).text))


def _is_numeric_select(select: ast.SelectExpression) -> bool:
    keys = [v.key for v in select.variants]
    return any(isinstance(k, ast.NumberLiteral) for k in keys) or any(
        isinstance(k, ast.Identifier) and k.name in PLURAL_CATEGORIES for k in keys
    )


def numeric_selectors(message: ast.Message) -> list[tuple[str, ast.SelectExpression]]:
    """(variable, selector) for every plural or number-keyed selector on a variable."""
    return [
        (s.selector.id.name, s)
        for s in _walk(message).selects
        if isinstance(s.selector, ast.VariableReference) and _is_numeric_select(s)
    ]


def _variant(select: ast.SelectExpression, key: str) -> ast.Variant | None:
    for variant in select.variants:
        k = variant.key
        name = k.value if isinstance(k, ast.NumberLiteral) else k.name
        if name == key:
            return variant
    return None


def _uses(node: ast.BaseNode, name: str) -> bool:
    return name in _walk(node).names


def _used_outside_its_selectors(message: ast.Message, name: str) -> bool:
    """Is $name shown somewhere that is not inside a selector on $name itself?"""

    class Outside(visitor.Visitor):
        found = False

        def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
            if isinstance(node.selector, ast.VariableReference) and node.selector.id.name == name:
                return  # the number inside its own selector is not "outside"
            self.generic_visit(node)

        def visit_Placeable(self, node: ast.Placeable) -> None:
            expr = node.expression
            if isinstance(expr, ast.VariableReference) and expr.id.name == name:
                self.found = True
            self.generic_visit(node)

    outside = Outside()
    outside.visit(message.value)
    return outside.found


def numeric_variables(locales: Locales) -> set[str]:
    """Names that hold numbers: plural selectors anywhere, '(Number)' in an English comment."""
    if locales.numeric_names is None:
        locales.numeric_names = _numeric_variables(locales)
    return locales.numeric_names


def _numeric_variables(locales: Locales) -> set[str]:
    names: set[str] = set()
    for msgs in locales.messages.values():
        for message in msgs.values():
            names |= {name for name, _ in numeric_selectors(message)}
    for comment in locales.comments.get("en", {}).values():
        names |= set(re.findall(r"\$(\w+) \(Number\)", comment))
    return names


def _sample_args(locales: Locales, message_id: str, languages: Iterable[str]) -> dict[str, object]:
    numeric = numeric_variables(locales)
    args: dict[str, object] = {}
    for lang in languages:
        message = locales.messages[lang].get(message_id)
        for name in variable_names(message) if message else ():
            if name in numeric or NUMERIC_NAME.match(name):
                args[name] = 7  # a number none of the samples uses
            else:
                args[name] = "Alpha"
    return args


# --- check 1: the number is never lost ------------------------------------------------


def _shows(text: str, number: int) -> bool:
    return re.search(rf"(?<!\d){number}(?!\d)", text) is not None


def numbers_lost(locales: Locales, language: str) -> list[str]:
    """Messages whose English output shows the count for some n while `language` drops it."""
    problems = []
    english = locales.messages["en"]
    theirs = locales.messages[language]
    for message_id, message in english.items():
        if message_id not in theirs:
            continue
        selected = {n for n, _ in numeric_selectors(message)}
        selected |= {n for n, _ in numeric_selectors(theirs[message_id])}
        sample = _sample_args(locales, message_id, ("en", language))
        for name in sorted(selected):
            lost = []
            args = dict(sample)
            for number in SAMPLE_NUMBERS:
                args[name] = number
                if _shows(locales.render("en", message_id, args), number) and not _shows(
                    locales.render(language, message_id, args), number
                ):
                    lost.append(number)
            if lost:
                shown = locales.render(language, message_id, {**args, name: lost[0]})
                problems.append(
                    f"{language}/{message_id}: ${name} = {', '.join(map(str, lost))} is not shown,"
                    f" e.g. {shown!r}"
                )
    return problems


# --- check 2: "exactly one" needs [1] ---------------------------------------------------


def means_exactly_one(message: ast.Message, name: str, select: ast.SelectExpression) -> bool:
    """The English variant for 1 names no number (no $name, no literal 1) and $name is shown
    nowhere else: it reads "your idea", "a seat", "once" — a meaning only 1 has."""
    variant = _variant(select, "1") or _variant(select, "one")
    if variant is None:
        return False
    words = " ".join(_walk(variant.value).text)
    return (
        not _uses(variant.value, name)
        and not _shows(words, 1)
        and not _used_outside_its_selectors(message, name)
    )


def exact_one_missing(locales: Locales, language: str) -> list[str]:
    """In ru/uk/be `[one]` also covers 21, 31, 101…: it must show the number, and a text
    that means exactly one needs its own `[1]` variant."""
    problems = []
    english = locales.messages["en"]
    for message_id, message in locales.messages[language].items():
        en_selects = dict(numeric_selectors(english[message_id])) if message_id in english else {}
        for name, select in numeric_selectors(message):
            one = _variant(select, "one")
            if (
                one is not None
                and not _uses(one.value, name)
                and not _used_outside_its_selectors(message, name)
            ):
                problems.append(
                    f"{language}/{message_id}: [one] of ${name} does not show the number"
                )
            en_select = en_selects.get(name)
            if (
                en_select is not None
                and means_exactly_one(english[message_id], name, en_select)
                and _variant(select, "1") is None
            ):
                problems.append(
                    f"{language}/{message_id}: English means exactly one ${name}; add a [1] variant"
                )
    return problems


# --- check 3: a number followed by a noun outside a selector ----------------------------


def _sequences(
    pattern: ast.Pattern, enclosing: frozenset[str]
) -> Iterator[tuple[list[ast.PatternElement], frozenset[str]]]:
    """Each run of pattern elements with the selector variables around it."""
    yield pattern.elements, enclosing
    for element in pattern.elements:
        if isinstance(element, ast.Placeable) and isinstance(
            element.expression, ast.SelectExpression
        ):
            select = element.expression
            inner = enclosing
            if isinstance(select.selector, ast.VariableReference):
                inner = enclosing | {select.selector.id.name}
            for variant in select.variants:
                yield from _sequences(variant.value, inner)


def numbers_before_nouns(locales: Locales, language: str) -> list[str]:
    """'В названии { $length } символов': a count followed by a word that has to agree with
    it, outside any selector on that count. Function words, abbreviations with a dot ('гадз.')
    and all-capital units ('МБ') may follow a number."""
    numeric = {
        n
        for n in numeric_variables(locales) | set(_all_numeric_names(locales))
        if n not in NOT_A_COUNT
    }
    allowed = FUNCTION_WORDS.get(language, set()) | UNITS.get(language, set())
    problems = []
    for message_id, message in locales.messages[language].items():
        if message.value is None:
            continue
        for elements, enclosing in _sequences(message.value, frozenset()):
            for here, after in itertools.pairwise(elements):
                if not (
                    isinstance(here, ast.Placeable)
                    and isinstance(here.expression, ast.VariableReference)
                    and isinstance(after, ast.TextElement)
                ):
                    continue
                name = here.expression.id.name
                if name not in numeric or name in enclosing:
                    continue
                word = re.match(r"[ \u00a0]*([^\W\d_][\w-]*\.?)", after.value)
                if word is None:
                    continue
                found = word.group(1)
                if found.lower() in allowed or found.endswith(".") or found.isupper():
                    continue
                problems.append(f"{language}/{message_id}: {{ ${name} }} {found}")
    return problems


def _all_numeric_names(locales: Locales) -> Iterator[str]:
    for msgs in locales.messages.values():
        for message in msgs.values():
            yield from (n for n in variable_names(message) if NUMERIC_NAME.match(n))


# --- check 4: glossary ----------------------------------------------------------------


@dataclass(frozen=True)
class Forbidden:
    language: str
    variant: str
    instead: str

    def pattern(self) -> re.Pattern[str]:
        """'лист* очікування' -> word start, '*' is any word ending, otherwise a word end."""
        body = re.escape(self.variant).replace(r"\*", r"\w*")
        end = "" if self.variant.endswith("*") else r"(?!\w)"
        return re.compile(rf"(?<!\w){body}{end}", re.IGNORECASE)


def read_forbidden(glossary: str) -> list[Forbidden]:
    """The rows of the table under the heading 'Forbidden variants' in GLOSSARY.md."""
    section = glossary.split("## Forbidden variants", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not line.lstrip().startswith("|"):
            continue
        language, variant, instead = (c.strip("`") for c in cells)
        if language in {"de", "en", "ru", "uk", "be"} and variant:
            rows.append(Forbidden(language, variant, instead))
    return rows


def forbidden_used(locales: Locales, language: str, forbidden: Iterable[Forbidden]) -> list[str]:
    rules = [f for f in forbidden if f.language == language]
    problems = []
    for message_id, message in locales.messages[language].items():
        text = message_text(message)
        for rule in rules:
            match = rule.pattern().search(text)
            if match:
                problems.append(
                    f"{language}/{message_id}: “{match.group(0)}” — use “{rule.instead}”"
                )
    return problems


# --- check 5: translator comments -------------------------------------------------------


def comments_missing(locales: Locales, language: str) -> list[str]:
    """Every message with variables has a '# Variables:' comment naming each of them."""
    problems = []
    for message_id, message in locales.messages[language].items():
        names = variable_names(message)
        if not names:
            continue
        comment = locales.comments[language][message_id]
        if not comment.startswith("Variables:"):
            problems.append(f"{language}/{message_id}: no '# Variables:' comment")
            continue
        undocumented = sorted(n for n in names if not re.search(rf"\${n}\b", comment))
        if undocumented:
            problems.append(
                f"{language}/{message_id}: comment does not explain "
                + ", ".join(f"${n}" for n in undocumented)
            )
    return problems
