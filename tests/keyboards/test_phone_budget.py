"""Every keyboard builder, in every language, with long realistic data, fits a phone.

The emulator rejects over-budget labels too, but end-to-end tests mostly run in English with
short demo titles; this renders each builder with the longest data people really type.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta

import pytest
from telegram import InlineKeyboardMarkup

from bot import keyboards
from bot.callback_data import IdeaList, IdeaSettingsStep, OutreachConfirm, WorkshopDraftStep
from bot.domain.broadcasts import BroadcastDraft
from bot.domain.checkins import Cadence, Schedule
from bot.domain.idea_drafts import IdeaDraft
from bot.domain.ideas import Idea, IdeaSettings, IdeaStatus, IdeaText, Translation
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.local_time import Exists, resolve_local
from bot.domain.participants import Participant
from bot.domain.partnerships import City, CityDraft, Partnership, PartnershipDraft, Theme
from bot.domain.roles import Actor, Role
from bot.domain.teams import Proposal, ProposalStatus
from bot.domain.texts import LocalizedName
from bot.domain.workshop_drafts import WorkshopDraft
from bot.domain.workshops import (
    Question,
    QuestionKind,
    Registration,
    RegistrationStatus,
    Workshop,
    WorkshopKind,
    WorkshopStatus,
)
from bot.i18n import Translator
from bot.keyboards import (
    admin,
    broadcasts,
    checkins,
    ideas,
    menu,
    onboarding,
    teams,
    workshop_drafts,
    workshop_times,
    workshops,
)
from bot.keyboards import markup as keyboard
from bot.keyboards import (
    organiser as organiser_kb,
)
from bot.services.ideas import ReaderView
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
MODULES = (
    admin,
    broadcasts,
    checkins,
    ideas,
    menu,
    onboarding,
    organiser_kb,
    teams,
    workshop_drafts,
    workshop_times,
    workshops,
)

# The longest titles and names seen in the demo and in organisers' real programmes.
LONG_TITLE = {
    "de": "Nachbarschaftsgärten und Stadtökologie: gemeinsam planen, pflanzen und ernten",
    "en": "Neighbourhood gardens and urban ecology: planning, planting and harvesting together",
    "ru": "Соседские сады и городская экология: вместе планируем, сажаем и собираем урожай",
    "uk": "Сусідські сади та міська екологія: разом плануємо, садимо і збираємо врожай",
    "be": "Суседскія сады і гарадская экалогія: разам плануем, садзім і збіраем ураджай",
}
LONG_NAME = LocalizedName(LONG_TITLE)
CITY_NAMES = {
    "de": ("Karlsruhe", "Krasnodar"),
    "en": ("Karlsruhe", "Krasnodar"),
    "ru": ("Карлсруэ", "Краснодар"),
    "uk": ("Карлсруе", "Краснодар"),
    "be": ("Карлсруэ", "Краснадар"),
}
THEME_NAMES = {
    "de": ("Ökologie und Gesundheit", "Jugendaustausch und Bildung", "Kultur"),
    "en": ("Ecology and health", "Youth exchange and education", "Culture"),
    "ru": ("Экология и здоровье", "Молодёжный обмен и образование", "Культура"),
    "uk": ("Екологія та здоров'я", "Молодіжний обмін і освіта", "Культура"),
    "be": ("Экалогія і здароўе", "Моладзевы абмен і адукацыя", "Культура"),
}
PERSON = "Aleksandra-Viktoriya Konstantinopolskaya · Krasnodar"
START = datetime(2027, 4, 24, 16, 30, tzinfo=UTC)


def _name(values: dict[str, tuple[str, ...]], index: int) -> LocalizedName:
    return LocalizedName({lang: names[index] for lang, names in values.items()})


PARTNERSHIP = Partnership(
    1,
    LocalizedName({lang: "Karlsruhe ↔ Krasnodar: Städtepartnerschaft 2027" for lang in LONG_TITLE}),
    cities=tuple(
        City(i + 1, 1, _name(CITY_NAMES, i), zone)
        for i, zone in enumerate(("Europe/Berlin", "Europe/Moscow"))
    ),
    themes=tuple(Theme(i + 1, 1, _name(THEME_NAMES, i)) for i in range(3)),
)


def workshop(workshop_id: int = 7, **changes: object) -> Workshop:
    base = Workshop(
        workshop_id,
        1,
        WorkshopKind.KICKOFF,
        LONG_NAME,
        START,
        START + timedelta(hours=3),
        "Europe/Berlin",
        status=WorkshopStatus.PUBLISHED,
        city_id=1,
        capacity=40,
    )
    return base.__class__(**{**base.__dict__, **changes})


def idea(idea_id: int = 11, language: str = "de", **changes: object) -> Idea:
    text = IdeaText(LONG_TITLE[language], "…", "…")
    base = Idea(
        idea_id, 1, 5, 1, language, text, IdeaStatus.PUBLISHED, frozenset({1}), vote_count=128
    )
    return base.__class__(**{**base.__dict__, **changes})


def registration(status: RegistrationStatus) -> Registration:
    return Registration(3, 7, 5, 1, status, "K7Q2", None, START)


def reader_view(**changes: object) -> ReaderView:
    settings = IdeaSettings(1, submissions_open=True, voting_open=True, vote_budget=10)
    base = ReaderView(
        idea=idea(),
        text=idea().original,
        translation=None,
        voted=False,
        votes_left=10,
        supporting=False,
        is_author=False,
        settings=settings,
        originals=True,
        organiser=True,
        supporters=3,
    )
    return base.__class__(**{**base.__dict__, **changes})


Case = tuple[str, Callable[[str], InlineKeyboardMarkup]]


def cases() -> Iterator[Case]:
    """Every builder with the states that change its labels."""
    tr = TR
    admin_actor = Actor(1, True, frozenset({(1, Role.ORGANISER)}))
    draft = PartnershipDraft(
        name=LocalizedName({"de": "Partnerschaft"}),
        cities=[CityDraft(_name(CITY_NAMES, 0), "Europe/Berlin")] * 2,
        themes=[_name(THEME_NAMES, 1)],
    )
    # admin
    yield "admin.cancel_only", lambda lang: admin.cancel_only(tr, lang)
    for target in ("name", "city", "theme"):
        yield (
            f"admin.translations[{target}]",
            lambda lang, t=target: admin.translations(
                tr, lang, draft, t, 0, LocalizedName({"de": "x"})
            ),
        )
    yield "admin.time_zones", lambda lang: admin.time_zones(tr, lang)
    yield "admin.themes_start", lambda lang: admin.themes_start(tr, lang)
    yield "admin.review", lambda lang: admin.review(tr, lang)
    yield (
        "admin.invite_partnerships",
        lambda lang: admin.invite_partnerships(tr, lang, [PARTNERSHIP]),
    )
    yield "admin.invite_roles", lambda lang: admin.invite_roles(tr, lang, 1)
    # broadcasts
    bdraft = BroadcastDraft(1, "de", texts={"de": "x", "ru": "y"})
    yield "broadcasts.cancel_only", lambda lang: broadcasts.cancel_only(tr, lang)
    yield "broadcasts.versions", lambda lang: broadcasts.versions(tr, lang, bdraft)
    yield (
        "broadcasts.audiences",
        lambda lang: broadcasts.audiences(
            tr, lang, PARTNERSHIP, [workshop(i) for i in range(1, 12)]
        ),
    )
    for count in (0, 1234):
        yield f"broadcasts.confirm[{count}]", lambda lang, c=count: broadcasts.confirm(tr, lang, c)
    yield "broadcasts.scheduled", lambda lang: broadcasts.scheduled(tr, lang, 3)
    for typed in (datetime(2027, 3, 28, 2, 30), datetime(2027, 10, 31, 2, 30)):
        found = resolve_local(typed, "Europe/Berlin")
        assert not isinstance(found, Exists)
        yield (
            f"broadcasts.time_choice[{typed.month}]",
            lambda lang, f=found: broadcasts.time_choice(tr, lang, f),
        )
    ab = broadcasts.AnnouncementButtons(tr)
    yield "broadcasts.AnnouncementButtons.received", lambda lang: ab.received(lang)
    # checkins
    cb = checkins.CheckinButtons(tr)
    yield "checkins.CheckinButtons.answer", lambda lang: cb.answer(lang, 1)
    yield "checkins.CheckinButtons.answer_member", lambda lang: cb.answer_member(lang, 1, 2)
    for originals in (False, True):
        yield (
            f"checkins.CheckinButtons.digest[{originals}]",
            lambda lang, o=originals: cb.digest(lang, 1, o),
        )
    for mood in (False, True):
        yield (
            f"checkins.question[{mood}]",
            lambda lang, m=mood: checkins.question(tr, lang, 1, 0, m),
        )
    yield "checkins.finished", lambda lang: checkins.finished(tr, lang, 1)
    yield (
        "checkins.coach_teams",
        lambda lang: checkins.coach_teams(tr, lang, [(1, LONG_TITLE[lang]), (2, "Short")]),
    )
    for cadence in Cadence:
        for day in range(7):
            for paused in (None, date(2027, 5, 1)):
                for manage in (False, True):
                    schedule = Schedule(1, cadence, day, time(9, 0), paused)
                    yield (
                        f"checkins.team_screen[{cadence.value},{day},{paused},{manage}]",
                        lambda lang, s=schedule, m=manage: checkins.team_screen(tr, lang, s, m),
                    )
    yield "checkins.confirm_end", lambda lang: checkins.confirm_end(tr, lang, 1)
    yield (
        "checkins.my_teams",
        lambda lang: checkins.my_teams(tr, lang, [(1, LONG_TITLE[lang]), (2, "Short")]),
    )
    yield (
        "checkins.coach_team",
        lambda lang: checkins.coach_team(
            tr,
            lang,
            1,
            [
                (2, "Alexandra-Konstantina Wiesenthal-Petrova", " · Krasnodar"),
                (3, "Роман", " (2)"),
                (4, "Klara", ""),
            ],
        ),
    )
    yield "checkins.back_to_coach_team", lambda lang: checkins.back_to_coach_team(tr, lang, 1)
    for count in (1, 3, 24):
        yield (
            f"checkins.confirm_team_message[{count}]",
            lambda lang, c=count: checkins.confirm_team_message(tr, lang, 1, c),
        )
    for current in ("none", "21:00-09:00", "22:00-08:00"):
        yield (
            f"checkins.quiet_hours[{current}]",
            lambda lang, c=current: checkins.quiet_hours(tr, lang, c),
        )
    # ideas
    for organiser in (False, True):
        for open_ in (False, True):
            settings = IdeaSettings(1, submissions_open=open_, voting_open=open_, vote_budget=10)
            yield (
                f"ideas.home[{organiser},{open_}]",
                lambda lang, s=settings, o=organiser: ideas.home(tr, lang, s, o),
            )
    yield "ideas.draft_cancel", lambda lang: ideas.draft_cancel(tr, lang)
    yield "ideas.draft_themes", lambda lang: ideas.draft_themes(tr, lang, PARTNERSHIP, [1, 2, 3])
    yield "ideas.draft_back", lambda lang: ideas.draft_back(tr, lang)
    yield "ideas.similar", lambda lang: ideas.similar(tr, lang, [idea(language=lang), idea(12)])
    for code in SUPPORTED_LANGUAGES:
        for author in (False, True):
            added = IdeaDraft(
                "review", (1,), author, "T", "D", "needs", "photo", code, 7
            )  # needs and photo there: the "change" labels
            for shown in (added, IdeaDraft("review", (1,), author, "T", "D", language=code)):
                yield (
                    f"ideas.review[{code},{author},{shown.photo is not None}]",
                    lambda lang, d=shown: ideas.review(
                        tr, lang, d, [workshop(), workshop(8)], named=True
                    ),
                )
    for scope in ("a", "m", "p", "o"):
        for sort in ("n", "v"):
            for theme in (0, 2):
                view = IdeaList(1, theme, scope, sort)
                yield (
                    f"ideas.idea_list[{scope},{sort},{theme}]",
                    lambda lang, v=view: ideas.idea_list(
                        tr, lang, [(idea(language=lang), LONG_TITLE[lang])], v, 30, 5, PARTNERSHIP
                    ),
                )
    many = [(idea(n), LONG_TITLE["de"]) for n in range(1, 9)]
    for voted in (frozenset(), frozenset({1, 8})):
        yield (
            f"ideas.idea_list[votes,{sorted(voted)}]",
            lambda lang, v=voted: ideas.idea_list(
                tr,
                lang,
                many,
                IdeaList(0, 0, "a", "n"),
                30,
                8,
                PARTNERSHIP,
                ideas.ListVotes(999, v),
            ),
        )
    views = {
        "voter": reader_view(),
        "voted-supporting": reader_view(voted=True, supporting=True),
        "author": reader_view(is_author=True),
        "translated": reader_view(
            translation=Translation("ru", IdeaText("t", "d"), machine=True), originals=False
        ),
        "photo": reader_view(idea=idea(photo_file_id="F1"), originals=True),
        # A German idea for another reader, no provider: "Ask for a translation".
        "ask": reader_view(originals=False, reader_language="ru"),
        "originals-with-provider": reader_view(machine_available=True, reader_language="ru"),
    }
    for name, v in views.items():
        for organiser in (False, True):
            yield (
                f"ideas.card[{name},{organiser}]",
                lambda lang, v=v, o=organiser: ideas.card(tr, lang, v, IdeaList(0, 0, "a", "n"), o),
            )
    yield "ideas.translate_to", lambda lang: ideas.translate_to(tr, lang, idea(language="en"))
    ib = ideas.TranslationButtons(tr)
    yield "ideas.TranslationButtons.translate", lambda lang: ib.translate(lang, 1, 2)
    yield "ideas.TranslationButtons.open_idea", lambda lang: ib.open_idea(lang, 1)
    yield "ideas.edit_fields", lambda lang: ideas.edit_fields(tr, lang, 1)
    for action, label in (
        ("withdraw_ok", "ideas-withdraw-confirm"),
        ("report_ok", "ideas-report-confirm"),
    ):
        yield (
            f"ideas.confirm[{label}]",
            lambda lang, a=action, m=label: ideas.confirm(tr, lang, 1, a, m),
        )
    yield "ideas.back_to_idea", lambda lang: ideas.back_to_idea(tr, lang, 1)
    yield "ideas.results", lambda lang: ideas.results(tr, lang, PARTNERSHIP)
    for status in (IdeaStatus.SUBMITTED, IdeaStatus.PUBLISHED):
        for reported in (False, True):
            yield (
                f"ideas.moderation[{status.value},{reported}]",
                lambda lang, s=status, r=reported: ideas.moderation(
                    tr, lang, idea(status=s, themes=frozenset({1, 2, 3})), PARTNERSHIP, r
                ),
            )
    yield "ideas.merge_targets", lambda lang: ideas.merge_targets(tr, lang, 1, [idea(1234)])
    for on in (False, True):
        s = IdeaSettings(1, submissions_open=on, voting_open=on, vote_budget=10, premoderation=on)
        yield (
            f"ideas.settings_menu[{on}]",
            lambda lang, s=s: ideas.settings_menu(tr, lang, s, 128),
        )
    yield (
        "ideas.queue",
        lambda lang: ideas.queue(tr, lang, 1, [idea(1234)], [(987, "be")], [(1234, 128)]),
    )
    yield "ideas.translation_decision", lambda lang: ideas.translation_decision(tr, lang, 1, 0)
    # menu
    for actor in (Actor(1, False), admin_actor):
        yield f"menu.main_menu[{actor.is_admin}]", lambda lang, a=actor: menu.main_menu(tr, lang, a)
    yield "menu.back_to_menu", lambda lang: menu.back_to_menu(tr, lang)
    # organiser tools
    yield "organiser.home", lambda lang: organiser_kb.home(tr, lang)
    yield "organiser.home[new]", lambda lang: organiser_kb.home(tr, lang, new_workshop_in=1)
    for group in organiser_kb.GROUP_ACTIONS:
        for actor in (Actor(1, False, frozenset({(1, Role.ORGANISER)})), admin_actor):
            yield (
                f"organiser.group[{group},{actor.is_admin}]",
                lambda lang, g=group, a=actor: organiser_kb.group(tr, lang, g, 1, a, 1234),
            )
    for action, label in (
        ("voting_ok", "ideas-close-voting-yes"),
        ("submissions_ok", "ideas-close-submissions-yes"),
        ("budget_ok", "ideas-budget-yes"),
    ):
        yes = IdeaSettingsStep(1, action, 10)  # type: ignore[arg-type]
        yield (
            f"organiser.confirm_setting[{action}]",
            lambda lang, y=yes, m=label: organiser_kb.confirm_setting(tr, lang, y, m, budget=10),
        )
    for action, label in (("send", "workshops-message-send"), ("invite", "workshops-invite-send")):
        for reach in (0, 12):
            yes = OutreachConfirm(7, action, 8)  # type: ignore[arg-type]
            yield (
                f"organiser.confirm_outreach[{action},{reach}]",
                lambda lang, y=yes, m=label, r=reach: organiser_kb.confirm_outreach(
                    tr, lang, y, m, r
                ),
            )
    ob = organiser_kb.OrganiserButtons(tr)
    yield "organiser.OrganiserButtons.open_tools", lambda lang: ob.open_tools(lang)
    # onboarding
    full = Participant(
        5,
        "de",
        1,
        1,
        languages_spoken=frozenset(SUPPORTED_LANGUAGES),
        interests=frozenset({1, 2, 3}),
    )
    for code in SUPPORTED_LANGUAGES:
        yield (
            f"onboarding.languages[{code}]",
            lambda lang, c=code: onboarding.languages(tr, lang, c),
        )
    yield "onboarding.partnerships", lambda lang: onboarding.partnerships(tr, lang, [PARTNERSHIP])
    yield "onboarding.cities", lambda lang: onboarding.cities(tr, lang, PARTNERSHIP)
    suggested = PARTNERSHIP.cities[-1].id
    yield (
        "onboarding.cities[suggested]",
        lambda lang: onboarding.cities(tr, lang, PARTNERSHIP, suggested),
    )
    yield "onboarding.privacy", lambda lang: onboarding.privacy(tr, lang)
    for flag in (False, True):
        yield (
            f"onboarding.name_prompt[{flag}]",
            lambda lang, f=flag: onboarding.name_prompt(tr, lang, "Aleksandra-Viktoriya", f),
        )
        yield (
            f"onboarding.spoken[{flag}]",
            lambda lang, f=flag: onboarding.spoken(tr, lang, full, f),
        )
        yield (
            f"onboarding.interests[{flag}]",
            lambda lang, f=flag: onboarding.interests(tr, lang, full, PARTNERSHIP, f),
        )
        yield f"onboarding.profile[{flag}]", lambda lang, f=flag: onboarding.profile(tr, lang, f)
    # teams
    tb = teams.TeamButtons(tr)
    yield "teams.TeamButtons.proposal", lambda lang: tb.proposal(lang, 1)
    yield "teams.TeamButtons.team", lambda lang: tb.team(lang)
    yield (
        "teams.TeamButtons.relayed",
        lambda lang: tb.relayed(lang, 1, 1, original=True, reply_to=7) or InlineKeyboardMarkup([]),
    )
    yield "teams.TeamButtons.partner_notice", lambda lang: tb.partner_notice(lang, 1)
    for link in (False, True):
        yield f"teams.team_card[{link}]", lambda lang, k=link: teams.team_card(tr, lang, k, 1)
    yield "teams.confirm_leave", lambda lang: teams.confirm_leave(tr, lang)
    yield "teams.back_to_team", lambda lang: teams.back_to_team(tr, lang)
    for published in (False, True):
        yield (
            f"teams.matching_home[{published}]",
            lambda lang, p=published: teams.matching_home(tr, lang, 1, 3, 6, 2, p),
        )
    yield "teams.dry_run", lambda lang: teams.dry_run(tr, lang, 1, 2, [(11, LONG_TITLE[lang])])
    yield "teams.dry_run[no teams]", lambda lang: teams.dry_run(tr, lang, 1, 2, [])
    yield "teams.confirm_publish", lambda lang: teams.confirm_publish(tr, lang, 1, 2)
    proposal = Proposal(2, 5, 11, ProposalStatus.PROPOSED, {}, False)
    yield (
        "teams.choose_person",
        lambda lang: teams.choose_person(tr, lang, 1, 2, [(proposal, PERSON)]),
    )
    yield (
        "teams.choose_target",
        lambda lang: teams.choose_target(tr, lang, 1, 2, 5, [(11, LONG_TITLE[lang])]),
    )
    yield "teams.teams_list", lambda lang: teams.teams_list(tr, lang, 1, [(1, LONG_TITLE[lang])])
    coach = Participant(6, "de", 1, 1, display_name=PERSON)
    yield "teams.coaches", lambda lang: teams.coaches(tr, lang, 1, 1, [coach])
    # workshops
    wb = workshops.WorkshopButtons(tr)
    yield "workshops.WorkshopButtons.offer", lambda lang: wb.offer(lang, 1)
    yield "workshops.WorkshopButtons.feedback", lambda lang: wb.feedback(lang, 1)
    yield "workshops.WorkshopButtons.open_workshop", lambda lang: wb.open_workshop(lang, 1)
    yield (
        "workshops.WorkshopButtons.open_workshop_below",
        lambda lang: wb.open_workshop_below(lang, 1),
    )
    yield "workshops.feedback_comment", lambda lang: workshops.feedback_comment(tr, lang, 1)
    for mine in (False, True):
        yield (
            f"workshops.workshop_list[{mine}]",
            lambda lang, m=mine: workshops.workshop_list(
                tr, lang, [(workshop(), LONG_TITLE[lang])], m
            ),
        )
    for status in (None, *RegistrationStatus):
        for can in (False, True):
            reg = registration(status) if status else None
            yield (
                f"workshops.workshop_card[{status},{can}]",
                lambda lang, r=reg, c=can: workshops.workshop_card(tr, lang, workshop(), r, c),
            )
    yield (
        "workshops.workshop_card[full]",
        lambda lang: workshops.workshop_card(tr, lang, workshop(), None, True, full=True),
    )
    yield "workshops.cancel_confirm", lambda lang: workshops.cancel_confirm(tr, lang, 1, 1)
    choice = Question(
        1, QuestionKind.CHOICE, False, text=LONG_NAME, choices=(LONG_NAME, _name(THEME_NAMES, 1))
    )
    yield "workshops.question", lambda lang: workshops.question(tr, lang, 1, choice)
    yield "workshops.after_signup", lambda lang: workshops.after_signup(tr, lang, 1)
    steps = ("kind", "place", "description", "address", "deadline", "capacity", "quotas")
    answered = ["kind", "title", "description", "place", "address", "date", "time", "duration"]
    start = datetime(2027, 9, 30, 16, tzinfo=UTC)
    main = ("title", "date", "time", "duration", "languages", "tr_title", "tr_description")
    for step in (*steps, "questions", "review", *main):
        questions = [Question(i, required=i % 2 == 0) for i in range(9)]
        wdraft = WorkshopDraft(
            1,
            "de",
            "Europe/Berlin",
            step=step,
            questions=questions,
            kind=WorkshopKind.MATCH_SPRINT,
            city_id=1,
            day=start.date(),
            starts_at=start,
            ends_at=start + timedelta(hours=8),
            capacity=30,
            answered=answered,
            month="2027-09",  # a month of 5 weeks starting on Wednesday
            last_address="Rathaus, Marktplatz 1",
            home_city=True,  # the address step offers another city or online
        )
        yield (
            f"workshop_drafts.draft_step[{step}]",
            lambda lang, d=wdraft: workshop_drafts.draft_step(
                tr, lang, d, PARTNERSHIP, date(2027, 9, 2)
            ),
        )
    # A workshop's new time from its card: the wizard's calendar, start times and durations.
    today, september = date(2027, 9, 2), date(2027, 9, 1)
    yield (
        "workshop_times.new_day",
        lambda lang: workshop_times.new_day(tr, lang, 1, september, date(2027, 9, 30), today),
    )
    yield "workshop_times.new_start", lambda lang: workshop_times.new_start(tr, lang, 1, time(18))
    yield "workshop_times.new_duration", lambda lang: workshop_times.new_duration(tr, lang, 1, 180)
    noop = WorkshopDraftStep("noop", "-")

    def noop_of(_: object) -> WorkshopDraftStep:
        return noop

    yield (
        "workshop_drafts.calendar_rows",
        lambda lang: keyboard(
            workshop_drafts.calendar_rows(
                lang, september, None, today, lambda _: noop, lambda _: noop
            )
        ),
    )
    yield (
        "workshop_drafts.start_time_rows",
        lambda lang: keyboard(workshop_drafts.start_time_rows(lang, None, lambda _: noop)),
    )
    yield (
        "workshop_drafts.duration_rows",
        lambda lang: keyboard(workshop_drafts.duration_rows(tr, lang, None, lambda _: noop)),
    )
    for typed in (datetime(2027, 3, 28, 2, 30), datetime(2027, 10, 31, 2, 30)):
        wdraft = WorkshopDraft(
            1, "de", "Europe/Berlin", step="time_check", time_step="start", time_typed=typed
        )
        yield (
            f"workshop_drafts.draft_step[time_check,{typed.month}]",
            lambda lang, d=wdraft: workshop_drafts.draft_step(
                tr, lang, d, PARTNERSHIP, date(2027, 1, 1)
            ),
        )
    yield (
        "workshop_drafts.copy_choices",
        lambda lang: workshop_drafts.copy_choices(tr, lang, [workshop(), workshop(8)]),
    )
    yield (
        "workshops.organiser_list",
        lambda lang: workshops.organiser_list(tr, lang, [(workshop(), LONG_TITLE[lang])], 1),
    )
    for kind in (WorkshopKind.KICKOFF, WorkshopKind.SPRINT_SUCCEED):
        for status in WorkshopStatus:
            w = workshop(kind=kind, status=status)
            yield (
                f"workshops.organiser_card[{kind.value},{status.value}]",
                lambda lang, w=w: workshops.organiser_card(tr, lang, w),
            )
    for registered in (0, 3):
        yield (
            f"workshops.confirm_cancel_workshop[{registered}]",
            lambda lang, n=registered: workshops.confirm_cancel_workshop(tr, lang, 1, n),
        )
    yield "workshops.back_to_card", lambda lang: workshops.back_to_card(tr, lang, 1)
    yield "workshops.capacity_choice", lambda lang: workshops.capacity_choice(tr, lang, 1)
    for hours in ((24, 2), (48, 3), (24,), (2,), ()):
        yield (
            f"workshops.reminder_choices[{hours}]",
            lambda lang, h=hours: workshops.reminder_choices(tr, lang, workshop(reminder_hours=h)),
        )
    yield (
        "workshops.translate_languages",
        lambda lang: workshops.translate_languages(tr, lang, workshop()),
    )
    yield (
        "workshops.attendance",
        lambda lang: workshops.attendance(
            tr,
            lang,
            1,
            [(registration(RegistrationStatus.ATTENDED), PERSON)],
        ),
    )
    yield (
        "workshops.next_stage_targets",
        lambda lang: workshops.next_stage_targets(tr, lang, 1, [workshop(8)]),
    )


CASES = list(cases())


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_label_fits_its_row_on_a_phone(language: str) -> None:
    problems: dict[str, str] = {}  # one line per label, naming the first state that shows it
    for name, build in CASES:
        rows = [[b.text for b in row] for row in build(language).inline_keyboard]
        for text, width, budget in over_budget_labels(rows):
            problems.setdefault(f"{text!r} is {width}, budget {budget}", name)
    assert not problems, "\n".join(f"{name}: {p}" for p, name in problems.items())


def test_every_keyboard_builder_is_rendered_here() -> None:
    builders = set()
    for module in MODULES:
        short = module.__name__.rsplit(".", 1)[1]
        for name, obj in vars(module).items():
            if name.startswith("_") or getattr(obj, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(obj):
                builders.add(f"{short}.{name}")
            elif inspect.isclass(obj):
                builders |= {
                    f"{short}.{name}.{m}"
                    for m, f in vars(obj).items()
                    if inspect.isfunction(f) and not m.startswith("_")
                }
    covered = {name.split("[")[0] for name, _ in CASES}
    assert builders - covered == set()
    assert keyboards.markup  # the shared helpers are exercised through every builder
