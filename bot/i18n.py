"""Fluent translations per language, with loud failures where fluent.runtime stays quiet.

Every user-facing string comes from `locales/<lang>/*.ftl`. `html()` gives text ready for
parse_mode=HTML (the whole result is escaped, so user values cannot inject markup); `plain()`
gives text for places Telegram shows verbatim (buttons, callback answers, command menus).
"""

from __future__ import annotations

import functools
import html as html_lib
import logging
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import ast as ftl

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.paths import LOCALES_DIR
from bot.render.formatting import babel_locale, moment

log = logging.getLogger(__name__)
FALLBACK_LANGUAGE = "en"


class TranslationError(Exception):
    """A message is missing, has a syntax error, or was formatted with wrong variables."""


@functools.lru_cache(maxsize=256)
def _parsed(text: str) -> ftl.Resource:
    """Parsing is most of the cost of a Translator (~1 s for the five languages); the parsed
    resource is never changed by a bundle, so every Translator in a process (tests build one per
    bot) shares one parse of each file's text."""
    return FluentResource(text)


def load_bundle(language: str, directory: Path) -> FluentBundle:
    """Read every .ftl of one language; a syntax error stops the bot instead of hiding a text."""
    bundle = FluentBundle([language], use_isolating=False)
    files = sorted((directory / language).glob("*.ftl"))
    if not files:
        raise TranslationError(f"no .ftl files for language {language!r} in {directory}")
    for path in files:
        resource = _parsed(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ftl.Junk)]
        if junk:
            first = (junk[0].content or "").strip().splitlines()[0]
            raise TranslationError(f"{path}: syntax error near {first!r}")
        bundle.add_resource(resource)
    return bundle


class Translator:
    """Formats messages per language. In strict mode (tests) every problem raises."""

    def __init__(
        self,
        directory: Path = LOCALES_DIR,
        languages: Iterable[str] = SUPPORTED_LANGUAGES,
        *,
        strict: bool = False,
    ) -> None:
        self.strict = strict
        self.bundles = {lang: load_bundle(lang, directory) for lang in languages}
        if FALLBACK_LANGUAGE not in self.bundles:
            raise TranslationError("the English locale is the fallback and must exist")

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.bundles)

    def plain(self, language: str, message_id: str, /, **args: Any) -> str:
        bundle = self.bundles.get(language)
        if bundle is None or not bundle.has_message(message_id):
            if self.strict:
                raise TranslationError(f"message {message_id!r} missing in {language!r}")
            log.warning("message %s missing in %s, using English", message_id, language)
            bundle = self.bundles[FALLBACK_LANGUAGE]
            if not bundle.has_message(message_id):
                raise TranslationError(f"message {message_id!r} missing in English too")
        message = bundle.get_message(message_id)
        if message.value is None:
            raise TranslationError(f"message {message_id!r} has no value in {language!r}")
        text, errors = bundle.format_pattern(message.value, args)
        if errors:
            if self.strict:
                raise TranslationError(f"{language}/{message_id}: {errors}")
            log.warning("formatting %s/%s: %s", language, message_id, errors)
        return str(text)

    def html(self, language: str, message_id: str, /, **args: Any) -> str:
        return html_lib.escape(self.plain(language, message_id, **args), quote=False)


def escape(text: str) -> str:
    """Escape a user value for parse_mode=HTML."""
    return html_lib.escape(text, quote=False)


def local_datetime(when: datetime, language: str, time_zone: str) -> str:
    """A moment as a reader of `language` expects it, in the given city's time zone."""
    return moment(when, language, time_zone)


def local_date(when: datetime, language: str, time_zone: str) -> str:
    day = when.astimezone(ZoneInfo(time_zone)).date()
    return format_date(day, "long", locale=babel_locale(language))
