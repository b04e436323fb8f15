"""Keyboards of check-ins: answering, a coach's "My teams" and team screens, check-in
settings, digests, quiet hours."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import CheckinAction, CheckinStep, CoachStep, OpenMenu, TeamStep
from bot.callback_toolbox import StoryRequest
from bot.domain.checkins import QUIET_PRESETS, Cadence, Schedule, format_quiet
from bot.i18n import Translator
from bot.keyboards import button, checked, fit, fit_into, markup, rows_of

Row = list[InlineKeyboardButton]
HOURS = (9, 10, 12, 17, 18)


class CheckinButtons:
    def __init__(self, translator: Translator) -> None:
        self.tr = translator

    def answer(self, language: str, round_id: int) -> InlineKeyboardMarkup:
        return markup(
            [
                [
                    button(
                        self.tr.plain(language, "checkins-answer-now"),
                        CheckinStep("start", round_id, 0),
                    )
                ]
            ]
        )

    def answer_member(self, language: str, team_id: int, member_id: int) -> InlineKeyboardMarkup:
        """Under an alarm about one member: answer them only, or the whole team."""
        return markup(
            [
                [
                    button(
                        self.tr.plain(language, "coach-reply-member"),
                        CoachStep("write", team_id, member_id),
                    )
                ],
                [
                    button(
                        self.tr.plain(language, "checkins-reply-team"),
                        CheckinStep("reply", team_id, 0),
                    )
                ],
            ]
        )

    def digest(self, language: str, round_id: int, originals: bool) -> InlineKeyboardMarkup:
        label = "checkins-show-originals" if originals else "checkins-show-translated"
        return markup(
            [
                [
                    button(
                        self.tr.plain(language, label),
                        CheckinStep("digest", round_id, int(originals)),
                    )
                ]
            ]
        )


def question(
    tr: Translator, lang: str, round_id: int, index: int, mood: bool
) -> InlineKeyboardMarkup:
    rows: list[Row] = []
    if mood:
        rows.append([button(str(n), CheckinStep("mood", round_id, n)) for n in range(1, 6)])
    else:
        rows.append([button(tr.plain(lang, "buttons-skip"), CheckinStep("skip", round_id, index))])
    return markup(rows)


def finished(tr: Translator, lang: str, round_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "checkins-edit"), CheckinStep("edit", round_id, 0))],
            [button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))],
        ]
    )


def coach_teams(tr: Translator, lang: str, items: list[tuple[int, str]]) -> InlineKeyboardMarkup:
    rows: list[Row] = [
        [button(fit(title), CheckinStep("team", team_id, 0))] for team_id, title in items[:40]
    ]
    rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)


def team_screen(tr: Translator, lang: str, s: Schedule, manage: bool) -> InlineKeyboardMarkup:
    team = s.team_id

    def step(
        label: str, action: CheckinAction, extra: int = 0, on: bool = False
    ) -> InlineKeyboardButton:
        return button(checked(on, label), CheckinStep(action, team, extra))

    rows: list[Row] = []
    if manage:
        # One cadence a row: whole words ("Every 2 weeks") do not fit three to a row.
        rows += [
            [step(tr.plain(lang, f"checkins-cadence-{c.value}"), "cadence", i, s.cadence is c)]
            for i, c in enumerate(Cadence)
        ]
        rows.append(
            [step(tr.plain(lang, f"checkins-day-{d}"), "day", d, s.weekday == d) for d in range(7)]
        )
        hours = [step(f"{h:02d}:00", "time", h, s.local_time.hour == h) for h in HOURS]
        rows += rows_of(hours, 3)  # "✅ 09:00" is 8 wide: three to a row
        rows.append([step(tr.plain(lang, "checkins-now"), "now")])
    if s.paused_until:
        rows.append([step(tr.plain(lang, "checkins-resume"), "resume")])
    else:
        pauses = [step(tr.plain(lang, "checkins-pause", weeks=w), "pause", w) for w in (1, 2, 4)]
        rows += rows_of(pauses, 2)  # "⏸ 2 недели" is 11 wide: two to a row
    if manage:
        rows.append([step(tr.plain(lang, "checkins-reply-team"), "reply")])
        rows.append([step(tr.plain(lang, "checkins-end"), "end")])
    # Back to the team: the coach's team screen, or a member's team card.
    back = CoachStep("team", team, 0) if manage else TeamStep("show", 0)
    rows.append([button(tr.plain(lang, "coach-back-team"), back)])
    rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)


# ------------------------------------------------------------------ a coach's "My teams"
def my_teams(tr: Translator, lang: str, items: list[tuple[int, str]]) -> InlineKeyboardMarkup:
    """One button per team (its idea's title), then the way back."""
    rows: list[Row] = [
        [button(fit(title), CoachStep("team", team_id, 0))] for team_id, title in items[:40]
    ]
    rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)


def coach_team(
    tr: Translator, lang: str, team_id: int, members: list[tuple[int, str, str]]
) -> InlineKeyboardMarkup:
    """A team's screen: answer one member (by name; what tells namesakes apart, their city or
    a number, is cut last) or all, the check-in settings, back."""

    def answer(name: str, tell: str) -> str:
        # The name is cut first; a very long city still has to fit, so cut its end then.
        return fit(fit_into(lambda n: tr.plain(lang, "coach-answer-member", name=n + tell), name))

    rows: list[Row] = [
        [button(answer(name, tell), CoachStep("write", team_id, member_id))]
        for member_id, name, tell in members
    ]
    rows.append([button(tr.plain(lang, "coach-answer-team"), CoachStep("all", team_id, 0))])
    rows.append([button(tr.plain(lang, "coach-settings"), CheckinStep("team", team_id, 0))])
    rows.append([button(tr.plain(lang, "story-request"), StoryRequest("ask", team_id))])
    rows.append([button(tr.plain(lang, "coach-back-teams"), CoachStep("teams", 0, 0))])
    return markup(rows)


def back_to_coach_team(tr: Translator, lang: str, team_id: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-back"), CoachStep("team", team_id, 0))]])


def confirm_team_message(
    tr: Translator, lang: str, team_id: int, count: int
) -> InlineKeyboardMarkup:
    """Asks "Send to N people?": sending, or cancelling back to the team (nothing is sent)."""
    return markup(
        [
            [
                button(
                    tr.plain(lang, "coach-send-team", count=count),
                    CoachStep("send_all", team_id, 0),
                )
            ],
            [button(tr.plain(lang, "buttons-cancel"), CoachStep("team", team_id, 0))],
        ]
    )


def confirm_end(tr: Translator, lang: str, team_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "checkins-end-yes"), CheckinStep("end_ok", team_id, 0))],
            [button(tr.plain(lang, "buttons-back"), CheckinStep("team", team_id, 0))],
        ]
    )


def quiet_hours(tr: Translator, lang: str, current: str) -> InlineKeyboardMarkup:
    rows: list[Row] = []
    for i, preset in enumerate(QUIET_PRESETS):
        value = format_quiet(preset)
        label = tr.plain(lang, "checkins-quiet-none") if preset is None else value.replace("-", "–")
        rows.append([button(checked(value == current, label), CheckinStep("quiet", i, 0))])
    rows.append([button(tr.plain(lang, "buttons-back"), OpenMenu("profile"))])
    return markup(rows)
