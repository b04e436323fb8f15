"""Keyboards of matching proposals, the team card, team messages, and organisers' matching."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import (
    CheckinStep,
    CoachStep,
    IdeaOpen,
    MatchingAction,
    MatchingStep,
    OpenMenu,
    ProposalAnswer,
    TeamStep,
)
from bot.callback_toolbox import StoryDraftCard
from bot.domain.participants import Participant, shown_name
from bot.domain.teams import Proposal
from bot.i18n import Translator
from bot.keyboards import button, fit, fit_into, markup

Row = list[InlineKeyboardButton]


class TeamButtons:
    """Buttons of queued messages about matching and teams."""

    def __init__(self, translator: Translator) -> None:
        self.tr = translator

    def proposal(self, language: str, round_id: int) -> InlineKeyboardMarkup:
        return markup(
            [
                [
                    button(
                        self.tr.plain(language, "matching-join"), ProposalAnswer(round_id, True)
                    ),
                    button(
                        self.tr.plain(language, "matching-decline"), ProposalAnswer(round_id, False)
                    ),
                ]
            ]
        )

    def team(self, language: str) -> InlineKeyboardMarkup:
        return markup([[button(self.tr.plain(language, "teams-open"), TeamStep("show", 0))]])

    def relayed(
        self, language: str, message_id: int, team_id: int, *, original: bool, reply_to: int
    ) -> InlineKeyboardMarkup | None:
        """Under a relayed message: the original a tap away; for coaches, a button answering
        the member who wrote (them only)."""
        rows: list[Row] = []
        if original:
            rows.append(
                [
                    button(
                        self.tr.plain(language, "teams-show-original"),
                        TeamStep("original", message_id),
                    )
                ]
            )
        if reply_to:
            rows.append(
                [
                    button(
                        self.tr.plain(language, "coach-reply-member"),
                        CoachStep("write", team_id, reply_to),
                    )
                ]
            )
        return markup(rows) if rows else None

    def partner_notice(self, language: str, idea_id: int) -> InlineKeyboardMarkup:
        return markup(
            [
                [
                    button(
                        self.tr.plain(language, "teams-open-idea"),
                        IdeaOpen(idea_id, 0, 0, "a", "n"),
                    )
                ],
                [button(self.tr.plain(language, "teams-notices-off"), TeamStep("notices_off", 0))],
            ]
        )


def team_card(
    tr: Translator, lang: str, has_link: bool, team_id: int, story_id: int | None = None
) -> InlineKeyboardMarkup:
    story = [button(tr.plain(lang, "story-open"), StoryDraftCard(story_id))] if story_id else []
    return markup(
        [
            [button(tr.plain(lang, "teams-write"), TeamStep("write", 0))],
            story,
            [button(tr.plain(lang, "teams-checkins"), CheckinStep("team", team_id, 0))],
            [
                button(
                    tr.plain(lang, "teams-set-link" if not has_link else "teams-change-link"),
                    TeamStep("link", 0),
                )
            ],
            [button(tr.plain(lang, "teams-leave"), TeamStep("leave", 0))],
            [button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))],
        ]
    )


def confirm_leave(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "teams-leave-yes"), TeamStep("leave_ok", 0))],
            [button(tr.plain(lang, "buttons-back"), TeamStep("show", 0))],
        ]
    )


def back_to_team(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-back"), TeamStep("show", 0))]])


# ------------------------------------------------------------------ organisers
def _mt(
    label: str, action: MatchingAction, pid: int, value: int = 0, extra: int = 0
) -> InlineKeyboardButton:
    return button(label, MatchingStep(action, pid, value, extra))


def matching_home(
    tr: Translator, lang: str, pid: int, low: int, high: int, round_id: int | None, published: bool
) -> InlineKeyboardMarkup:
    sizes = [
        _mt(("✅ " if (a, b) == (low, high) else "") + f"{a}–{b}", "sizes", pid, a, b)
        for a, b in ((2, 5), (3, 6), (3, 8), (4, 10))
    ]
    rows: list[Row] = [sizes, [_mt(tr.plain(lang, "matching-dry-run"), "dry", pid)]]
    if round_id is not None and published:
        rows.append([_mt(tr.plain(lang, "matching-round-status"), "status", pid, round_id)])
    rows.append([_mt(tr.plain(lang, "matching-teams"), "teams", pid)])
    # Back to the organiser tools (not the main menu, so not labelled as it).
    rows.append([button(tr.plain(lang, "buttons-back"), OpenMenu("staff"))])
    return markup(rows)


def dry_run(
    tr: Translator, lang: str, pid: int, round_id: int, ideas: list[tuple[int, str]]
) -> InlineKeyboardMarkup:
    rows: list[Row] = [
        [
            _mt(
                fit_into(lambda t: tr.plain(lang, "matching-drop", title=t), title),
                "drop",
                pid,
                round_id,
                idea_id,
            )
        ]
        for idea_id, title in ideas[:20]
    ]
    if ideas:  # with no team proposed there is nobody to move or to send a proposal to
        rows.append([_mt(tr.plain(lang, "matching-move"), "move", pid, round_id)])
        rows.append([_mt(tr.plain(lang, "matching-publish"), "publish", pid, round_id)])
    rows.append([_mt(tr.plain(lang, "buttons-back"), "home", pid)])
    return markup(rows)


def confirm_publish(tr: Translator, lang: str, pid: int, round_id: int) -> InlineKeyboardMarkup:
    """Send the proposals, or go back to the draft unchanged."""
    return markup(
        [
            [_mt(tr.plain(lang, "matching-publish-send"), "publish_ok", pid, round_id)],
            [_mt(tr.plain(lang, "buttons-cancel"), "review", pid, round_id)],
        ]
    )


def choose_person(
    tr: Translator, lang: str, pid: int, round_id: int, people: list[tuple[Proposal, str]]
) -> InlineKeyboardMarkup:
    rows: list[Row] = [
        [_mt(fit(label), "who", pid, round_id, p.user_id)] for p, label in people[:60]
    ]
    # Back shows the draft as it stands: solving again would undo earlier moves.
    rows.append([_mt(tr.plain(lang, "buttons-back"), "review", pid, round_id)])
    return markup(rows)


def choose_target(
    tr: Translator,
    lang: str,
    pid: int,
    round_id: int,
    user_id: int,
    ideas: list[tuple[int, str]],
) -> InlineKeyboardMarkup:
    rows: list[Row] = [[_mt(fit(title), "to", pid, user_id, idea_id)] for idea_id, title in ideas]
    rows.append([_mt(tr.plain(lang, "buttons-back"), "review", pid, round_id)])
    return markup(rows)


def teams_list(
    tr: Translator, lang: str, pid: int, items: list[tuple[int, str]]
) -> InlineKeyboardMarkup:
    """One button per team, labelled with its idea's title (size and coach are in the text)."""
    rows: list[Row] = [[_mt(fit(title), "team", pid, team_id)] for team_id, title in items[:40]]
    rows.append([_mt(tr.plain(lang, "buttons-back"), "home", pid)])
    return markup(rows)


def coaches(
    tr: Translator, lang: str, pid: int, team_id: int, people: list[Participant]
) -> InlineKeyboardMarkup:
    rows: list[Row] = [
        [_mt(fit(shown_name(p) or f"#{p.user_id}"), "coach", pid, team_id, p.user_id)]
        for p in people[:40]
    ]
    rows.append([_mt(tr.plain(lang, "buttons-back"), "teams", pid)])
    return markup(rows)
