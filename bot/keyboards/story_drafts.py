"""Keyboards of writing a story: the team's draft screen, the photo step, sending for review,
the consent question, and an organiser asking for a team's story."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import CoachStep, OpenMenu, TeamStep
from bot.callback_toolbox import StoryDraftCard, StoryRequest, StoryReviewCard, StoryWrite
from bot.domain.stories import SECTIONS, Consent, StoryPhoto
from bot.i18n import Translator
from bot.keyboards import button, checked, markup, rows_of

Row = list[InlineKeyboardButton]


def draft_card(
    tr: Translator,
    lang: str,
    story_id: int,
    *,
    editable: bool,
    photos: int,
    consent: Consent | None,
) -> InlineKeyboardMarkup:
    """Each section's "✏️", photos, my consent, send for review; back to the team."""
    rows: list[Row] = []
    if editable:
        edits = [
            button(tr.plain(lang, f"story-edit-{kind}"), StoryWrite("edit", story_id, i))
            for i, kind in enumerate(SECTIONS)
        ]
        rows += rows_of(edits, 2)
        rows.append(
            [
                button(
                    tr.plain(lang, "story-photos", count=photos), StoryWrite("photos", story_id, 0)
                )
            ]
        )
    if consent is not None:  # the viewer's own answer, changeable here
        yes = checked(consent == "given", tr.plain(lang, "story-consent-yes"))
        no = checked(consent == "declined", tr.plain(lang, "story-consent-no"))
        rows.append([button(yes, StoryWrite("consent_yes", story_id, 0))])
        rows.append([button(no, StoryWrite("consent_no", story_id, 0))])
    if editable:
        rows.append([button(tr.plain(lang, "story-review"), StoryWrite("review", story_id, 0))])
    rows.append([button(tr.plain(lang, "story-back-team"), TeamStep("show", 0))])
    return markup(rows)


def consent_answered(
    tr: Translator, lang: str, story_id: int, consent: Consent, member: bool
) -> InlineKeyboardMarkup:
    """The consent question after an answer: the chosen one ✅, the other still a tap away."""
    rows: list[Row] = [
        [
            button(
                checked(consent == "given", tr.plain(lang, "story-consent-yes")),
                StoryWrite("consent_yes", story_id, 0),
            )
        ],
        [
            button(
                checked(consent == "declined", tr.plain(lang, "story-consent-no")),
                StoryWrite("consent_no", story_id, 0),
            )
        ],
    ]
    if member:
        rows.append([button(tr.plain(lang, "story-open-draft"), StoryDraftCard(story_id))])
    else:
        rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)


def consent_question(
    tr: Translator, lang: str, story_id: int, member: bool
) -> InlineKeyboardMarkup:
    """Under the question sent to each person the story names."""
    return consent_answered(tr, lang, story_id, "pending", member)


def photos(
    tr: Translator, lang: str, story_id: int, shown: tuple[StoryPhoto, ...]
) -> InlineKeyboardMarkup:
    """The photo step: remove one (numbered as on the screen), then back to the draft."""
    removes = [
        button(
            tr.plain(lang, "story-photo-remove", number=n), StoryWrite("photo_del", story_id, p.id)
        )
        for n, p in enumerate(shown, start=1)
    ]
    rows = rows_of(removes, 3)
    rows.append([button(tr.plain(lang, "story-photos-done"), StoryDraftCard(story_id))])
    return markup(rows)


def back_to_draft(tr: Translator, lang: str, story_id: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-back"), StoryDraftCard(story_id))]])


def confirm_review(tr: Translator, lang: str, story_id: int, count: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "story-review-send", count=count),
                    StoryWrite("review_ok", story_id, 0),
                )
            ],
            [button(tr.plain(lang, "buttons-cancel"), StoryDraftCard(story_id))],
        ]
    )


def review_notice(tr: Translator, lang: str, story_id: int) -> InlineKeyboardMarkup:
    """Under "a story waits for your review": the reviewing screen (story_reading's)."""
    return markup([[button(tr.plain(lang, "story-review-open"), StoryReviewCard(story_id))]])


def confirm_request(tr: Translator, lang: str, team_id: int, count: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "story-request-yes", count=count),
                    StoryRequest("ask_ok", team_id),
                )
            ],
            [button(tr.plain(lang, "buttons-cancel"), CoachStep("team", team_id, 0))],
        ]
    )


def requested(tr: Translator, lang: str, team_id: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-back"), CoachStep("team", team_id, 0))]])
