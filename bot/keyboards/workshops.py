"""Keyboards of workshops: the list, a workshop card, sign-up questions, offers, feedback,
and the organiser's conversation and management card."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import (
    AttendanceToggle,
    FeedbackRating,
    OfferAnswer,
    OpenMenu,
    RegistrationCancel,
    SignupAnswer,
    WorkshopDraftStep,
    WorkshopList,
    WorkshopManage,
    WorkshopManageAction,
    WorkshopOpen,
    WorkshopOpenBelow,
    WorkshopSignup,
)
from bot.callback_event import BarcampHome, LiveWallHome
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.workshops import (
    FEEDBACK_STARS,
    NEXT_STAGE,
    REMINDER_PRESETS,
    Question,
    Registration,
    RegistrationStatus,
    Workshop,
    WorkshopStatus,
)
from bot.i18n import Translator
from bot.keyboards import button, checked, fit, markup, rows_of
from bot.keyboards.newsletter import public_toggle
from bot.telegram.limits import LABEL_BUDGETS

Row = list[InlineKeyboardButton]
CALENDAR_MONTHS = 12  # how far ahead the calendar goes (a later day can be typed)


def _main(tr: Translator, lang: str) -> Row:
    return [button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))]


class WorkshopButtons:
    """Buttons of queued messages (the services ask for them by this interface)."""

    def __init__(self, translator: Translator) -> None:
        self.tr = translator

    def offer(self, language: str, registration_id: int) -> InlineKeyboardMarkup:
        return markup(
            [
                [
                    button(
                        self.tr.plain(language, "workshops-offer-accept"),
                        OfferAnswer(registration_id, True),
                    )
                ],
                [
                    button(
                        self.tr.plain(language, "workshops-offer-decline"),
                        OfferAnswer(registration_id, False),
                    )
                ],
            ]
        )

    def feedback(self, language: str, registration_id: int) -> InlineKeyboardMarkup:
        stars = [button(str(n), FeedbackRating(registration_id, n)) for n in FEEDBACK_STARS]
        return markup(
            [
                stars,
                [
                    button(
                        self.tr.plain(language, "workshops-feedback-comment"),
                        FeedbackRating(registration_id, 0),
                    )
                ],
            ]
        )

    def open_workshop(self, language: str, workshop_id: int) -> InlineKeyboardMarkup:
        return markup(
            [[button(self.tr.plain(language, "workshops-open"), WorkshopOpen(workshop_id))]]
        )

    def open_workshop_below(self, language: str, workshop_id: int) -> InlineKeyboardMarkup:
        """Under a message whose words must stay (an organiser's): the card opens below it."""
        return markup(
            [[button(self.tr.plain(language, "workshops-open"), WorkshopOpenBelow(workshop_id))]]
        )


def feedback_comment(tr: Translator, lang: str, registration_id: int) -> InlineKeyboardMarkup:
    return markup(
        [[button(tr.plain(lang, "workshops-feedback-comment"), FeedbackRating(registration_id, 0))]]
    )


def workshop_list(
    tr: Translator, lang: str, items: list[tuple[Workshop, str]], mine: bool
) -> InlineKeyboardMarkup:
    rows: list[Row] = [[button(fit(label), WorkshopOpen(w.id))] for w, label in items]
    toggle = "workshops-show-all" if mine else "workshops-show-mine"
    rows.append([button(tr.plain(lang, toggle), WorkshopList(not mine))])
    rows.append(_main(tr, lang))
    return markup(rows)


def workshop_card(
    tr: Translator,
    lang: str,
    workshop: Workshop,
    registration: Registration | None,
    can_sign_up: bool,
    full: bool = False,
) -> InlineKeyboardMarkup:
    """A full workshop's button says what pressing it does: join the waiting list."""
    rows: list[Row] = []
    if registration is None and can_sign_up:
        label = "workshops-join-waitlist" if full else "workshops-sign-up"
        rows.append([button(tr.plain(lang, label), WorkshopSignup(workshop.id))])
    elif registration is not None and registration.status is RegistrationStatus.OFFERED:
        rows.append(
            [button(tr.plain(lang, "workshops-offer-accept"), OfferAnswer(registration.id, True))]
        )
        rows.append(
            [button(tr.plain(lang, "workshops-offer-decline"), OfferAnswer(registration.id, False))]
        )
    elif registration is not None and registration.status in (
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.WAITLISTED,
    ):
        rows.append(
            [
                button(
                    tr.plain(lang, "workshops-cancel-signup"),
                    RegistrationCancel(registration.id, False),
                )
            ]
        )
    rows.append([button(tr.plain(lang, "workshops-back-to-list"), WorkshopList(False))])
    return markup(rows)


def cancel_confirm(
    tr: Translator, lang: str, registration_id: int, workshop_id: int
) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "workshops-cancel-yes"),
                    RegistrationCancel(registration_id, True),
                )
            ],
            [button(tr.plain(lang, "workshops-cancel-no"), WorkshopOpen(workshop_id))],
        ]
    )


def question(tr: Translator, lang: str, workshop_id: int, q: Question) -> InlineKeyboardMarkup:
    rows: list[Row] = [
        [button(fit(choice.for_reader(lang)), SignupAnswer(workshop_id, "choice", i))]
        for i, choice in enumerate(q.choices)
    ]
    if not q.required:
        rows.append([button(tr.plain(lang, "buttons-skip"), SignupAnswer(workshop_id, "skip", 0))])
    rows.append([button(tr.plain(lang, "buttons-cancel"), SignupAnswer(workshop_id, "abort", 0))])
    return markup(rows)


def after_signup(tr: Translator, lang: str, workshop_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "workshops-open"), WorkshopOpen(workshop_id))],
            _main(tr, lang),
        ]
    )


# ------------------------------------------------------------------ organisers
def organiser_list(
    tr: Translator, lang: str, items: list[tuple[Workshop, str]], partnership_id: int
) -> InlineKeyboardMarkup:
    rows: list[Row] = [[button(fit(label), WorkshopManage(w.id, "card", 0))] for w, label in items]
    rows.append(
        [button(tr.plain(lang, "workshops-new"), WorkshopDraftStep("new", str(partnership_id)))]
    )
    rows.append([button(tr.plain(lang, "buttons-back"), OpenMenu("staff"))])  # to the tools
    return markup(rows)


def organiser_card(
    tr: Translator, lang: str, workshop: Workshop, network_public: bool | None = None
) -> InlineKeyboardMarkup:
    """`network_public`: whether the workshop is in the network calendar (None: no toggle)."""

    def act(label: str, action: WorkshopManageAction, value: int = 0) -> InlineKeyboardButton:
        return button(tr.plain(lang, label), WorkshopManage(workshop.id, action, value))

    if workshop.status is WorkshopStatus.CANCELLED:
        return markup([[act("workshops-manage-back", "list")]])
    publish = (
        act("workshops-manage-unpublish", "unpublish")
        if workshop.status is WorkshopStatus.PUBLISHED
        else act("workshops-manage-publish", "publish")
    )
    # The toggle says the state the workshop is in and what pressing does: its own row.
    rows: list[Row] = [
        [publish],
        # The network calendar (newsletter family): shown in it or not, and what pressing does.
        [public_toggle(tr, lang, workshop.id, network_public)]
        if network_public is not None
        else [],
        [
            act("workshops-manage-attendees", "attendees"),
            act("workshops-manage-checkin", "checkin"),
        ],
        [act("workshops-manage-csv", "csv"), act("workshops-manage-qr", "qr")],
        [act("workshops-manage-message", "message"), act("workshops-manage-time", "time")],
        [
            act("workshops-manage-capacity", "capacity"),
            act("workshops-manage-translate", "translate"),
        ],
        [act("workshops-manage-reminders", "reminders")],
        # Event day: the live wall across rooms and the BarCamp of this workshop.
        [
            button(tr.plain(lang, "live-workshop-button"), LiveWallHome(workshop.id)),
            button(tr.plain(lang, "barcamp-workshop-button"), BarcampHome(workshop.id)),
        ],
    ]
    if workshop.kind in NEXT_STAGE:
        rows.append([act("workshops-manage-next-stage", "next")])
    rows.append([act("workshops-manage-cancel", "cancel")])
    rows.append([act("workshops-manage-back", "list")])
    return markup(rows)


def confirm_cancel_workshop(
    tr: Translator, lang: str, workshop_id: int, registered: int
) -> InlineKeyboardMarkup:
    """ "Cancel and tell everyone", or just "Yes, cancel it" when nobody is registered."""
    label = "workshops-manage-cancel-yes" if registered else "workshops-manage-cancel-yes-silent"
    return _action_or_back(tr, lang, workshop_id, label, "cancelok")


def back_to_card(tr: Translator, lang: str, workshop_id: int) -> InlineKeyboardMarkup:
    return markup([[_back_to_card_button(tr, lang, workshop_id)]])


def capacity_choice(tr: Translator, lang: str, workshop_id: int) -> InlineKeyboardMarkup:
    return _action_or_back(tr, lang, workshop_id, "workshops-draft-unlimited", "unlimited")


def _action_or_back(
    tr: Translator, lang: str, workshop_id: int, label_id: str, action: WorkshopManageAction
) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, label_id), WorkshopManage(workshop_id, action, 0))],
            [_back_to_card_button(tr, lang, workshop_id)],
        ]
    )


def _back_to_card_button(tr: Translator, lang: str, workshop_id: int) -> InlineKeyboardButton:
    return button(tr.plain(lang, "workshops-manage-back"), WorkshopManage(workshop_id, "card", 0))


def reminder_choices(tr: Translator, lang: str, workshop: Workshop) -> InlineKeyboardMarkup:
    def label(hours: tuple[int, ...]) -> str:
        if not hours:
            return tr.plain(lang, "workshops-reminders-none")
        return " + ".join(tr.plain(lang, "workshops-reminders-hours", hours=h) for h in hours)

    rows: list[Row] = [
        [
            button(
                checked(preset == workshop.reminder_hours, label(preset)),
                WorkshopManage(workshop.id, "remind", i),
            )
        ]
        for i, preset in enumerate(REMINDER_PRESETS)
    ]
    rows.append(
        [button(tr.plain(lang, "workshops-manage-back"), WorkshopManage(workshop.id, "card", 0))]
    )
    return markup(rows)


def translate_languages(tr: Translator, lang: str, workshop: Workshop) -> InlineKeyboardMarkup:
    buttons = [
        button(
            checked(code in workshop.title.values, tr.plain(lang, f"language-name-{code}")),
            WorkshopManage(workshop.id, "tr", SUPPORTED_LANGUAGES.index(code)),
        )
        for code in SUPPORTED_LANGUAGES
    ]
    return markup(
        [
            *rows_of(buttons, 2),
            [
                button(
                    tr.plain(lang, "workshops-manage-back"), WorkshopManage(workshop.id, "card", 0)
                )
            ],
        ]
    )


ATTENDEE_LABEL = LABEL_BUDGETS[1] - 3  # room left next to the "✅ " of a present person


def attendance(
    tr: Translator, lang: str, workshop_id: int, people: list[tuple[Registration, str]]
) -> InlineKeyboardMarkup:
    rows: list[Row] = [
        [
            button(
                checked(reg.status is RegistrationStatus.ATTENDED, fit(label, ATTENDEE_LABEL)),
                AttendanceToggle(reg.id),
            )
        ]
        for reg, label in people[:95]  # Telegram allows 100 buttons per message
    ]
    rows.append(
        [button(tr.plain(lang, "workshops-manage-back"), WorkshopManage(workshop_id, "card", 0))]
    )
    return markup(rows)


def next_stage_targets(
    tr: Translator, lang: str, workshop_id: int, targets: list[Workshop]
) -> InlineKeyboardMarkup:
    """One button per workshop of the next stage; their dates are in the message text."""
    rows: list[Row] = [
        [
            button(
                fit(t.title.for_reader(lang)),
                WorkshopManage(workshop_id, "invite", t.id),
            )
        ]
        for t in targets
    ]
    rows.append(
        [button(tr.plain(lang, "workshops-manage-back"), WorkshopManage(workshop_id, "card", 0))]
    )
    return markup(rows)
