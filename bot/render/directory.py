"""How the directory reads: result lines and the cards of partnerships and actors. User values
(names, cities, descriptions) are escaped here; messages come escaped from the translator."""

from __future__ import annotations

from collections.abc import Sequence

from bot.domain.directory import Hit
from bot.domain.languages import language_mark
from bot.i18n import Translator, escape
from bot.render.languages import country_name, list_text
from bot.services.directory import ActorCard, Description, PartnershipCard


def _t(tr: Translator, lang: str, message_id: str, **args: object) -> str:
    return tr.html(lang, message_id, **args)


def _countries(lang: str, codes: Sequence[str]) -> str:
    return list_text(lang, [country_name(c, lang) for c in codes])


def _topics(tr: Translator, lang: str, keys: Sequence[str]) -> str:
    return list_text(lang, [tr.plain(lang, f"network-topic-{k}") for k in keys])


def result_lines(tr: Translator, lang: str, hits: Sequence[Hit]) -> list[str]:
    """ "🤝 <b>Karlsruhe ↔ Krasnodar</b> · Germany and Russia" per entry."""
    lines = []
    for hit in hits:
        mark = "🤝" if hit.kind == "p" else "🏛"
        countries = _countries(lang, hit.countries)
        line = f"{mark} <b>{escape(hit.name)}</b>"
        lines.append(f"{line} · {escape(countries)}" if countries else line)
    return lines


def partnership_card_text(tr: Translator, lang: str, card: PartnershipCard) -> str:
    """Name, cities, countries, since, topics, contact: a line each, empty ones left out."""
    partnership, profile = card.listed.partnership, card.listed.profile
    cities = list_text(lang, [c.name.for_reader(lang) for c in partnership.cities])
    lines = [f"🤝 <b>{escape(partnership.name.for_reader(lang))}</b>"]
    if cities:
        lines.append(_t(tr, lang, "directory-card-cities", cities=cities))
    if profile.countries:
        lines.append(
            _t(tr, lang, "directory-card-countries", countries=_countries(lang, profile.countries))
        )
    if profile.since_year:
        lines.append(_t(tr, lang, "directory-card-since", year=str(profile.since_year)))
    if profile.topics:
        lines.append(
            _t(tr, lang, "directory-card-topics", topics=_topics(tr, lang, profile.topics))
        )
    lines += _contact_and_state(tr, lang, card.contact_name, card.stale)
    return "\n".join(lines)


def actor_card_text(tr: Translator, lang: str, card: ActorCard, description: Description) -> str:
    actor = card.actor
    place = f"{actor.city} · {country_name(actor.country, lang)}"
    lines = [
        f"🏛 <b>{escape(actor.name)}</b>",
        _t(tr, lang, "directory-actor-kind", kind=actor.kind),
        _t(tr, lang, "directory-card-place", place=place),
    ]
    if actor.topics:
        lines.append(_t(tr, lang, "directory-card-topics", topics=_topics(tr, lang, actor.topics)))
    if card.partnership is not None:
        name = card.partnership.name.for_reader(lang)
        lines.append(_t(tr, lang, "directory-actor-added-by", partnership=name))
    lines += _contact_and_state(tr, lang, card.contact_name, card.stale)
    if description.text:
        lines += ["", _description_label(tr, lang, description), escape(description.text)]
    return "\n".join(lines)


def _description_label(tr: Translator, lang: str, description: Description) -> str:
    """Machine versions are marked; an original in another language names its language."""
    language = tr.plain(lang, f"language-name-{description.original_language}")
    if description.machine:
        return _t(tr, lang, "directory-description-machine", language=language)
    if description.original_language == lang:
        return _t(tr, lang, "directory-description")
    mark = language_mark(description.original_language)
    return _t(tr, lang, "directory-description-original", mark=mark, language=language)


def _contact_and_state(tr: Translator, lang: str, contact: str | None, stale: bool) -> list[str]:
    lines = []
    if contact:
        lines.append(_t(tr, lang, "directory-card-contact", name=contact))
    if stale:
        lines.append(_t(tr, lang, "directory-card-stale"))
    return lines
