"""Ideas and votes: input rules, language detection, similarity, and the vote budget."""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

MAX_TITLE = 120
MAX_DESCRIPTION = 1500
MAX_NEEDS = 500
MAX_REASON = 300
DEFAULT_VOTE_BUDGET = 5
SIMILAR_LIMIT = 3
SIMILARITY_THRESHOLD = 0.25


class IdeaStatus(enum.StrEnum):
    SUBMITTED = "submitted"  # waiting for an organiser when ideas are moderated first
    PUBLISHED = "published"
    HIDDEN = "hidden"
    MERGED = "merged"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class IdeaSettings:
    partnership_id: int
    submissions_open: bool = True
    voting_open: bool = False
    vote_budget: int = DEFAULT_VOTE_BUDGET
    premoderation: bool = False


@dataclass(frozen=True)
class IdeaText:
    title: str
    description: str
    needs: str | None = None


@dataclass(frozen=True)
class Translation:
    language: str
    text: IdeaText
    machine: bool
    approved: bool = True


@dataclass(frozen=True)
class Idea:
    id: int
    partnership_id: int
    author_id: int | None
    city_id: int | None
    language: str
    original: IdeaText
    status: IdeaStatus
    themes: frozenset[int] = frozenset()
    workshop_id: int | None = None
    photo_file_id: str | None = None
    show_author: bool = True
    vote_count: int = 0
    merged_into: int | None = None
    hidden_reason: str | None = None
    created_at: datetime | None = None
    translations: tuple[Translation, ...] = ()

    def version_for(self, language: str, *, originals: bool) -> tuple[IdeaText, Translation | None]:
        """What a reader sees: their language when a translation exists, unless they asked for
        originals. Human translations win over machine ones."""
        if originals or language == self.language:
            return self.original, None
        candidates = [t for t in self.translations if t.language == language and t.approved]
        candidates.sort(key=lambda t: t.machine)
        return (candidates[0].text, candidates[0]) if candidates else (self.original, None)


class IdeaInputError(ValueError):
    def __init__(self, reason: str, **args: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.args_for_message = args


def _clean(raw: str, limit: int, what: str) -> str:
    text = raw.strip()
    # Invisible characters alone are no text.
    visible = "".join(ch for ch in text if unicodedata.category(ch)[0] not in ("C", "Z"))
    if not visible:
        raise IdeaInputError(f"ideas-error-{what}-empty")
    if len(text) > limit:
        raise IdeaInputError(f"ideas-error-{what}-long", limit=limit, length=len(text))
    return text


def validate_title(raw: str) -> str:
    return " ".join(_clean(raw, MAX_TITLE, "title").split())


def validate_description(raw: str) -> str:
    return _clean(raw, MAX_DESCRIPTION, "description")


def validate_needs(raw: str) -> str:
    return _clean(raw, MAX_NEEDS, "needs")


def validate_reason(raw: str) -> str:
    return _clean(raw, MAX_REASON, "reason")


# ------------------------------------------------------------------ votes
class VoteProblem(enum.Enum):
    CLOSED = "closed"
    BUDGET = "budget"
    ALREADY = "already"
    OWN = "own"
    NOT_VOTABLE = "not-votable"


def vote_problem(
    settings: IdeaSettings, idea: Idea, voter_id: int, used: int, already: bool
) -> VoteProblem | None:
    """Why this vote may not be cast, or None. Dot voting: a budget, one dot per idea."""
    if not settings.voting_open:
        return VoteProblem.CLOSED
    if idea.status is not IdeaStatus.PUBLISHED:
        return VoteProblem.NOT_VOTABLE
    if idea.author_id == voter_id:
        return VoteProblem.OWN
    if already:
        return VoteProblem.ALREADY
    if used >= settings.vote_budget:
        return VoteProblem.BUDGET
    return None


def merge_votes(
    source_voters: Iterable[int], target_voters: Iterable[int]
) -> tuple[set[int], set[int]]:
    """(voters whose vote moves to the target, voters who voted both and get one back)."""
    source, target = set(source_voters), set(target_voters)
    return source - target, source & target


# ------------------------------------------------------------------ language detection
_LATIN_MARKERS = {
    "de": {
        "und",
        "der",
        "die",
        "das",
        "ist",
        "nicht",
        "mit",
        "für",
        "ein",
        "eine",
        "wir",
        "auf",
        "zu",
        "den",
        "von",
        "sich",
        "auch",
        "stadt",
        "werden",
    },
    "en": {
        "the",
        "and",
        "is",
        "of",
        "with",
        "for",
        "a",
        "an",
        "we",
        "to",
        "in",
        "on",
        "city",
        "our",
        "that",
        "this",
        "be",
        "are",
    },
}


def detect_language(text: str, fallback: str) -> str:
    """The working language a text is written in (by script and telltale letters and words),
    or `fallback` when the text does not say clearly."""
    letters = [ch for ch in text.lower() if ch.isalpha()]
    if not letters:
        return fallback
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
    if cyrillic > len(letters) / 2:
        chars = set(letters)
        if "ў" in chars or ("і" in chars and "и" not in chars):
            return "be"
        if chars & {"ї", "є", "ґ"} or ("і" in chars and not chars & {"ы", "э", "ъ", "ё"}):
            return "uk"
        return "ru"
    words = re.findall(r"[a-zäöüß]+", text.lower())
    if any(ch in "äöüß" for ch in letters):
        return "de"
    scores = {lang: sum(w in markers for w in words) for lang, markers in _LATIN_MARKERS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0 or list(scores.values()).count(scores[best]) > 1:
        return fallback  # Latin letters, but no clear sign of German or English
    return best


# ------------------------------------------------------------------ similarity
_STOPWORDS = set().union(*_LATIN_MARKERS.values()) | {
    "и",
    "в",
    "на",
    "с",
    "по",
    "для",
    "не",
    "что",
    "это",
    "как",
    "из",
    "к",
    "о",
    "і",
    "та",
    "з",
    "що",
    "це",
    "як",
    "у",
    "ў",
    "ці",
    "да",
    "ад",
}


def keywords(text: str) -> frozenset[str]:
    """Word stems (first five letters) of the meaningful words, for a rough similarity."""
    words = re.findall(r"\w+", text.lower())
    return frozenset(w[:5] for w in words if len(w) > 2 and w not in _STOPWORDS and not w.isdigit())


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True)
class Candidate:
    idea_id: int
    words: frozenset[str] = field(default_factory=frozenset)


def most_similar(
    words: frozenset[str], candidates: Iterable[Candidate], limit: int = SIMILAR_LIMIT
) -> list[tuple[int, float]]:
    scored = [(c.idea_id, similarity(words, c.words)) for c in candidates]
    scored = [s for s in scored if s[1] >= SIMILARITY_THRESHOLD]
    scored.sort(key=lambda s: (-s[1], s[0]))
    return scored[:limit]
