"""Roles end to end: admin conversation, invitations, refusals of forged buttons, restarts."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.callback_data import (
    ChooseCity,
    DraftAction,
    InviteStep,
    OpenMenu,
    OrganiserStep,
    PrivacyAnswer,
    ProfileStep,
    SetLanguage,
    ToggleInterest,
    ToggleSpoken,
)
from bot.domain.roles import Role
from bot.keyboards.admin import COMMON_TIME_ZONES
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import ADMIN_ID, DEMO_PARTNERSHIP, ECOLOGY, KARLSRUHE, KRASNODAR, onboard, popup


async def admin_user(harness: BotHarness, language: str = "en") -> SimClient:
    admin = harness.user("Admin", language, user_id=ADMIN_ID)
    await onboard(admin)
    return admin


async def invite_link(admin: SimClient, role: str = "coach") -> str:
    await admin.send("/invite")
    await admin.press(InviteStep(DEMO_PARTNERSHIP, role))
    match = re.search(r"\?start=(inv-[A-Za-z0-9_]+)", admin.last_text)
    assert match, admin.last_text
    return match.group(1)


async def table_counts(harness: BotHarness) -> dict[str, int]:
    counts = {}
    async with harness.services.db.reading() as conn:
        for table in ("partnerships", "cities", "themes", "roles", "invitations", "dialog_states"):
            async with conn.execute(f"SELECT COUNT(*) FROM {table}") as cur:
                row = await cur.fetchone()
                counts[table] = row[0]
    return counts


async def test_admin_creates_a_partnership_step_by_step(harness: BotHarness) -> None:
    admin = await admin_user(harness)
    await admin.press(OpenMenu("staff"))
    await admin.press(OrganiserStep("people", 0))  # 👥 People & roles
    await admin.press(DraftAction("start", "-", 0, "-"))
    assert admin.last_text.startswith("New partnership, step 1 of 3")
    await admin.send("Minsk ↔ Berlin")
    assert admin.last_text.startswith("Name saved: Minsk ↔ Berlin")
    await admin.press(DraftAction("translate", "name", 0, "ru"))
    await admin.send("Минск ↔ Берлин")
    assert "Russian: Минск ↔ Берлин" in admin.last_text
    await admin.press(DraftAction("cities", "-", 0, "-"))
    await admin.send("Minsk")
    minsk = COMMON_TIME_ZONES.index("Europe/Minsk")
    await admin.press(DraftAction("tz", str(minsk), 0, "-"))
    assert admin.last_text.startswith("City added: Minsk")
    assert "Next: themes ▶️" not in admin.buttons()  # a partnership needs two cities
    await admin.press(DraftAction("city", "-", 0, "-"))
    await admin.send("Berlin")
    await admin.send("Mars/Olympus")
    assert "is not a time zone I know" in admin.last_text
    await admin.send("Europe/Berlin")
    await admin.press(DraftAction("themes", "-", 0, "-"))
    await admin.send("Kultur & Sport")
    await admin.press(DraftAction("review", "-", 0, "-"))
    assert "Cities: Minsk (Europe/Minsk) and Berlin (Europe/Berlin)" in admin.last_text
    assert "1 theme: Kultur &amp; Sport" not in admin.last_text  # the user sees plain text
    assert "1 theme: Kultur & Sport" in admin.last_text
    await admin.press(DraftAction("create", "-", 0, "-"))
    assert admin.last_text.startswith("✅ Partnership “Minsk ↔ Berlin” created.")

    created = [
        p
        for p in await harness.services.partnerships.list()
        if p.name.for_reader("en") == "Minsk ↔ Berlin"
    ]
    assert len(created) == 1
    assert created[0].name.for_reader("ru") == "Минск ↔ Берлин"
    assert [c.time_zone for c in created[0].cities] == ["Europe/Minsk", "Europe/Berlin"]
    assert [t.name.for_reader("en") for t in created[0].themes] == ["Kultur & Sport"]
    assert await harness.services.dialogs.get(ADMIN_ID) is None


async def test_cancelled_draft_creates_nothing(harness: BotHarness) -> None:
    admin = await admin_user(harness)
    before = await table_counts(harness)
    await admin.send("/newpartnership")
    await admin.send("Kiel ↔ Kaliningrad")
    await admin.press(DraftAction("cancel", "-", 0, "-"))
    assert admin.last_text.startswith("Cancelled")
    assert await table_counts(harness) == before


async def test_participant_is_refused_admin_commands(harness: BotHarness) -> None:
    user = harness.user("Pavel", "ru")
    await onboard(user, language="ru", city=KRASNODAR)
    before = await table_counts(harness)
    for command in ("/newpartnership", "/invite", "/admin"):
        await user.send(command)
        assert user.last_text.startswith("Извините, это доступно только организаторам партнёрства.")
    assert "🛠 Инструменты организаторов" not in [b for m in user.messages for b in m.button_texts()]
    assert await table_counts(harness) == before


async def test_forged_admin_buttons_are_refused_and_change_nothing(harness: BotHarness) -> None:
    user = harness.user("Pavel", "en")
    await onboard(user)
    partnership = (await harness.services.partnerships.list())[0]
    before = await table_counts(harness)
    forged = [
        "np:start:-:0:-",
        "np:create:-:0:-",
        "np:tz:0:0:-",
        "np:translate:name:0:de",
        f"inv:{partnership.id}:organiser",
        f"inv:{partnership.id}:-",
        "inv:0:-",
        "menu:staff",
    ]
    for data in forged:
        await user.press_data(data)
        assert popup(user) == "Sorry, this is only available to organisers of the partnership."
    assert await table_counts(harness) == before
    actor = await harness.services.access.actor(user.id)
    assert not actor.is_staff


async def test_invitation_makes_a_newcomer_coach_after_onboarding(harness: BotHarness) -> None:
    admin = await admin_user(harness)
    payload = await invite_link(admin, "coach")
    assert "It works once, until" in admin.last_text

    coach = harness.user("Dmitri", "ru")
    await coach.start(payload)
    await coach.press(SetLanguage("ru"))
    # the invitation presets the partnership, and a coach is asked no city: privacy is next
    assert coach.last_text.startswith("🔒")
    await coach.press(PrivacyAnswer(accept=True))
    await coach.press(ProfileStep("finish", onboarding=True))  # skip the name
    texts = [m.body for m in coach.messages]
    assert any(t.startswith("🎉 Готово! Ваша роль в партнёрстве") and "коуч" in t for t in texts)
    actor = await harness.services.access.actor(coach.id)
    partnership = (await harness.services.partnerships.list())[0]
    assert actor.has_role(partnership.id, Role.COACH)
    assert not actor.has_role(partnership.id, Role.ORGANISER)


async def test_invitation_works_once(harness: BotHarness) -> None:
    admin = await admin_user(harness)
    payload = await invite_link(admin, "organiser")
    first = harness.user("Erste", "de")
    await onboard(first, language="de")
    await first.start(payload)
    assert any(m.body.startswith("🎉 Du bist jetzt Organisator:in") for m in first.messages)
    assert "🛠 Für das Organisationsteam" in first.buttons()
    second = harness.user("Zweite", "de")
    await onboard(second, language="de")
    await second.start(payload)
    assert second.last_text.startswith(
        "Diese Einladung wurde schon benutzt. Bitte frag nach einer neuen."
    )
    assert not (await harness.services.access.actor(second.id)).is_staff


async def test_invitation_expires(harness: BotHarness) -> None:
    admin = await admin_user(harness)
    payload = await invite_link(admin)
    harness.clock.advance(timedelta(hours=harness.settings.invitation_ttl_hours, seconds=1))
    late = harness.user("Late", "en")
    await onboard(late)
    await late.start(payload)
    assert late.last_text.startswith("This invitation has expired. Please ask for a new one.")
    assert not (await harness.services.access.actor(late.id)).is_staff


async def test_organiser_can_invite_but_not_create_partnerships(harness: BotHarness) -> None:
    admin = await admin_user(harness)
    payload = await invite_link(admin, "organiser")
    organiser = harness.user("Orga", "en")
    await onboard(organiser)
    await organiser.start(payload)
    await organiser.press(OpenMenu("staff"))
    await organiser.press(OrganiserStep("people", 0))  # 👥 People & roles
    assert "➕ New partnership" not in organiser.buttons()
    await organiser.press(InviteStep(DEMO_PARTNERSHIP, "coach"))  # ✉️ Invite a coach
    assert "?start=inv-" in organiser.last_text
    await organiser.press_data("np:start:-:0:-")
    assert popup(organiser).startswith("Sorry, this is only available")


async def test_restart_keeps_profiles_languages_roles_and_partnerships(
    harness: BotHarness,
) -> None:
    admin = await admin_user(harness)
    payload = await invite_link(admin, "organiser")
    user = harness.user("Hanna", "be")
    await user.start(payload)
    await user.press(SetLanguage("be"))
    await user.press(ChooseCity(KARLSRUHE))
    await user.press(PrivacyAnswer(accept=True))
    await user.send("Ганна")  # the last onboarding step; languages and interests come later
    await user.send("/profile")
    await user.press(ProfileStep("spoken", onboarding=False))
    await user.press(ToggleSpoken("be", onboarding=False))
    await user.press(ProfileStep("show", onboarding=False))
    await user.press(ProfileStep("interests", onboarding=False))
    await user.press(ToggleInterest(ECOLOGY, onboarding=False))
    await user.press(ProfileStep("show", onboarding=False))
    before_profile = await harness.services.onboarding.participant(user.id)
    before_partnerships = await harness.services.partnerships.list()

    await harness.restart()

    assert await harness.services.onboarding.participant(user.id) == before_profile
    assert await harness.services.partnerships.list() == before_partnerships
    assert (await harness.services.access.actor(user.id)).has_role(
        before_partnerships[0].id, Role.ORGANISER
    )
    await user.send("/profile")
    assert "Імя: Ганна" in user.last_text
    assert "Мовы: беларуская" in user.last_text
    assert "Інтарэсы: Экалогія і здароўе" in user.last_text
    await user.send("/menu")
    assert "🛠 Інструменты арганізатараў" in user.buttons()


async def test_draft_survives_a_restart(harness: BotHarness) -> None:
    admin = await admin_user(harness)
    await admin.send("/newpartnership")
    await admin.send("Kiel ↔ Kaliningrad")
    await harness.restart()
    await admin.press(DraftAction("cities", "-", 0, "-"))
    await admin.send("Kiel")
    assert admin.last_text.startswith("Which time zone is this city in?")
