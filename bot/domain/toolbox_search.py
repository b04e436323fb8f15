"""Typo-tolerant search over the toolbox's trigram index: which trigrams to ask the index
for, and how well a found text matches what was typed (pure rules, no SQL).

The index (FTS5, trigram tokenizer) finds candidates containing any of the query's trigrams;
each candidate is then scored word by word: every typed word is compared with the text's
words by the Dice coefficient of their padded trigrams (as pg_trgm does), a typed word found
inside a longer word ("verein" in "vereinsarbeit") counts as a full match, and the words'
scores are averaged weighted by their length (short words such as "für" weigh little).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A candidate is a hit when its weighted word similarity reaches this (measured: one or two
# typos in a 10+ letter word score 0.7-0.85; unrelated texts stay under 0.4).
MIN_SIMILARITY = 0.55
# Words shorter than this carry no trigram of their own (the index cannot look for them).
MIN_WORD = 3
# How many pieces of a query the index is asked for (a 100-character query has ~90).
MAX_PIECES = 40

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The words of a text, case-folded ('Digitalisierung im Verein' -> 3 words)."""
    return _WORD.findall(text.casefold())


def search_words(query: str) -> list[str]:
    """The typed words the search looks at: long enough for a trigram, each once."""
    return list(dict.fromkeys(w for w in words(query) if len(w) >= MIN_WORD))


def index_trigrams(word: str) -> list[str]:
    """The trigrams the FTS5 trigram tokenizer stores for a word (no padding)."""
    return [word[i : i + 3] for i in range(len(word) - 2)]


def pieces(word: str) -> list[str]:
    """The parts of a typed word the index is asked for: its substrings of 3 letters (words
    up to 6 letters), 4 (up to 9) or 5 (longer). One typo spoils only the pieces overlapping
    it, the others still find the word; longer pieces are rarer, so fewer rows to rank."""
    size = 3 if len(word) <= 6 else 4 if len(word) <= 9 else 5
    starts = [*range(0, len(word) - size + 1, 2), len(word) - size]  # every other, and the end
    return list(dict.fromkeys(word[i : i + size] for i in starts))


def query_pieces(query: str) -> list[str]:
    """Every piece of every typed word, each once, in order."""
    return list(dict.fromkeys(p for w in search_words(query) for p in pieces(w)))


@lru_cache(maxsize=4096)
def _folded_letter(letter: str) -> str:
    # SQLite folds accents of Latin letters only: 'ё', 'й', 'ў' stay (measured, SQLite 3.40).
    base = unicodedata.normalize("NFD", letter)[0]
    return base if ord(base) < 0x250 else letter


def fold(word: str) -> str:
    """A word as the word index stores it (FTS5 unicode61, remove_diacritics 2): case and
    Latin accents folded ('Förderung' -> 'forderung'; 'молодёжный' stays)."""
    return "".join(_folded_letter(c) for c in word.casefold())


# A vocabulary word stands in for a misspelt typed word from this similarity on (one typo
# in a 6+ letter word scores 0.6-0.9); the best few of them are asked for.
MIN_TERM_SIMILARITY = 0.6
MAX_CORRECTIONS = 5


def term_lengths(word: str) -> tuple[int, int]:
    """The lengths a vocabulary word may have to be a typo of `word` (or the other way)."""
    slack = max(2, len(word) // 4)
    return len(word) - slack, len(word) + slack


def corrections(word: str, terms: list[str]) -> list[str]:
    """The vocabulary words (sharing its first letters, see the repository) that `word` is
    likely a typo of, best first."""
    scored = [(word_similarity(word, t), t) for t in terms if t != word]
    close = sorted((s, t) for s, t in scored if s >= MIN_TERM_SIMILARITY)
    return [t for _, t in reversed(close[-MAX_CORRECTIONS:])]


def words_query(prefixes: list[str], exact: list[str]) -> str:
    """An FTS5 MATCH expression for the word index: any word starting with one of
    `prefixes` or equal to one of `exact`."""
    quoted = ['"' + w.replace('"', '""') + '"*' for w in prefixes]
    return " OR ".join(quoted + ['"' + w.replace('"', '""') + '"' for w in exact])


def fts_query(parts: list[str]) -> str:
    """An FTS5 MATCH expression: any of the parts (each a quoted substring)."""
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in parts)


@lru_cache(maxsize=65536)
def padded_trigrams(word: str) -> frozenset[str]:
    """pg_trgm's trigrams: two spaces before the word and one after, so short words and
    word starts count too ('visa' -> '  v', ' vi', 'vis', 'isa', 'sa ')."""
    padded = f"  {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def word_similarity(typed: str, found: str) -> float:
    """How alike two words are: 1.0 when the typed word is inside the found one."""
    if typed == found or (len(typed) >= 4 and typed in found):
        return 1.0
    a, b = padded_trigrams(typed), padded_trigrams(found)
    return 2 * len(a & b) / (len(a) + len(b))


def _close_in_length(typed: str, found: str) -> bool:
    # A word much shorter or longer cannot be a typo of the other; skipping it saves time.
    return len(found) >= len(typed) - max(2, len(typed) // 3)


def text_similarity(
    typed_words: list[str], text_words: set[str], seen: dict[tuple[str, str], float] | None = None
) -> float:
    """How well a text matches the typed words (0..1), longer words weighing more.

    `seen` keeps word similarities across the texts of one search: the candidates share most
    of their words, so a misspelt word is compared with each of them once (issue #22)."""
    if not typed_words:
        return 0.0
    memo = {} if seen is None else seen
    total = weight = 0.0
    for typed in typed_words:
        best = 0.0
        if typed in text_words:
            best = 1.0
        else:
            for found in text_words:
                if _close_in_length(typed, found):
                    similarity = memo.get((typed, found))
                    if similarity is None:
                        similarity = memo[typed, found] = word_similarity(typed, found)
                    best = max(best, similarity)
                    if best == 1.0:
                        break
        total += best * len(typed)
        weight += len(typed)
    return total / weight
