"""A call's review criteria and questions: weights, new and removed criteria, new free-text
and choice questions, required on/off, maximum lengths, wording per language; contact fields
stay; questions are fixed once anyone applied, criteria once anyone started scoring."""

from __future__ import annotations

from bot.callback_calls import CallAdmin, CallItem
from bot.db import calls as calls_db
from bot.domain.calls import Call
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.offline.harness import BotHarness
from tests.stories import calls_admin, new_call, popup, quick_participant, seed_application


async def stored(harness: BotHarness, call: Call) -> Call:
    async with harness.services.db.reading() as conn:
        found = await calls_db.get(conn, call.id)
    assert found is not None
    return found


async def test_criteria_weights_new_and_removed(harness: BotHarness) -> None:
    admin = await calls_admin(harness)
    call = await new_call(harness, admin)
    motivation, potential = call.criteria[0], call.criteria[1]
    await admin.press(CallAdmin("edit", call.id, 0))
    await admin.press(CallAdmin("criteria", call.id, 0))
    assert "• Partnership potential: weight 2" in admin.last_text
    await admin.press(CallItem("crit", call.id, potential.id, 0))
    assert admin.buttons()[:3] == ["1", "✅ 2", "3"]
    await admin.press(CallItem("weight", call.id, potential.id, 3))
    assert admin.buttons()[:3] == ["1", "2", "✅ 3"]
    await admin.press(CallAdmin("criteria", call.id, 0))
    assert "• Partnership potential: weight 3" in admin.last_text

    await admin.press(CallAdmin("crit_add", call.id, 0))
    assert admin.last_text == "Type the new criterion's name in English."
    asked = admin.last
    await admin.send("Sustainability")
    assert asked.button_data() == []
    assert "• Sustainability: weight 1" in admin.last_text

    await admin.press(CallItem("crit", call.id, motivation.id, 0))
    await admin.press(CallItem("crit_drop", call.id, motivation.id, 0))
    assert admin.last_text == "Remove the criterion Motivation?"
    await admin.press(CallItem("crit", call.id, motivation.id, 0))  # cancel
    assert len((await stored(harness, call)).criteria) == 5
    await admin.press(CallItem("crit_drop", call.id, motivation.id, 0))
    await admin.press(CallItem("crit_drop_ok", call.id, motivation.id, 0))
    assert admin.last_text.startswith("Removed.")
    names = [c.name.for_reader("en") for c in (await stored(harness, call)).criteria]
    assert names == ["Partnership potential", "Local support", "Feasibility", "Sustainability"]
    assert [c.weight for c in (await stored(harness, call)).criteria] == [3, 1, 1, 1]


async def test_questions_added_changed_and_removed(harness: BotHarness) -> None:
    admin = await calls_admin(harness)
    call = await new_call(harness, admin)
    await admin.press(CallAdmin("edit", call.id, 0))
    await admin.press(CallAdmin("questions", call.id, 0))
    assert "1. Institution (city administration, association or initiative) (required)" in (
        admin.last_text
    )
    assert "7. Is there anything else you would like to tell us? (optional)" in admin.last_text

    await admin.press(CallAdmin("q_add_text", call.id, 0))
    await admin.send("What budget do you need?")
    assert "8. What budget do you need? (required)" in admin.last_text
    await admin.press(CallAdmin("q_add_choice", call.id, 0))
    await admin.send("How big is your city?")
    assert admin.last_text.startswith("Now type the choices, one per line")
    await admin.send("small")
    assert admin.last_text == "Please type 2 to 10 choices, one per line."
    await admin.send("small\nmedium\n\nlarge")
    assert "9. How big is your city? (required)" in admin.last_text
    added = (await stored(harness, call)).questions[-1]
    assert added.kind == "choice"
    assert [c.for_reader("en") for c in added.choices] == ["small", "medium", "large"]

    await admin.press(CallItem("q", call.id, added.id, 0))
    assert "Choices: small, medium and large" in admin.last_text
    await admin.press(CallItem("required", call.id, added.id, 0))
    assert "Optional · make required" in admin.buttons()
    await admin.press(CallItem("q_len", call.id, added.id, 0))
    await admin.send("5")
    assert admin.last_text == "Please type a number from 20 to 4000."
    await admin.send("300")
    assert "Optional · answers up to 300 characters" in admin.last_text
    await admin.press(CallItem("q_text", call.id, added.id, 0))
    await admin.press(CallItem("q_lang", call.id, added.id, SUPPORTED_LANGUAGES.index("ru")))
    assert "Now: (none yet)" in admin.last_text
    await admin.send("Насколько велик ваш город?")
    assert "Written in English and Russian" in admin.last_text
    question = (await stored(harness, call)).questions[-1]
    assert question.text is not None and question.text.values["ru"] == "Насколько велик ваш город?"
    assert (question.required, question.max_length) == (False, 300)

    await admin.press(CallItem("q_drop", call.id, added.id, 0))
    await admin.press(CallItem("q_drop_ok", call.id, added.id, 0))
    assert len((await stored(harness, call)).questions) == 8


async def test_contact_fields_can_be_optional_but_stay(harness: BotHarness) -> None:
    admin = await calls_admin(harness)
    call = await new_call(harness, admin)
    contact = call.questions[0]
    await admin.press(CallAdmin("edit", call.id, 0))
    await admin.press(CallAdmin("questions", call.id, 0))
    await admin.press(CallItem("q", call.id, contact.id, 0))
    assert "The bot words contact fields in every language" in admin.last_text
    assert CallItem("q_drop", call.id, contact.id, 0).pack() not in admin.button_data()
    await admin.press(CallItem("required", call.id, contact.id, 0))
    assert (await stored(harness, call)).questions[0].required is False
    await admin.press_data(CallItem("q_drop_ok", call.id, contact.id, 0).pack())
    assert popup(admin) == "Contact fields can be made optional, not removed."
    assert len((await stored(harness, call)).questions) == 7


async def test_questions_are_fixed_once_anyone_applied_and_criteria_once_scored(
    harness: BotHarness,
) -> None:
    admin = await calls_admin(harness)
    call = await new_call(harness, admin)
    application = await seed_application(harness, call, 501, 502, submitted=False)
    await admin.press(CallAdmin("edit", call.id, 0))
    await admin.press(CallAdmin("questions", call.id, 0))
    assert "Applications exist already: the questions stay as they are" in admin.last_text
    assert CallAdmin("q_add_text", call.id, 0).pack() not in admin.button_data()
    await admin.press_data(CallAdmin("q_add_text", call.id, 0).pack())
    assert popup(admin) == "Applications exist already: the questions can no longer change."
    await admin.press_data(CallItem("q_drop_ok", call.id, call.questions[-1].id, 0).pack())
    assert popup(admin) == "Applications exist already: the questions can no longer change."
    assert len((await stored(harness, call)).questions) == 7

    criterion = call.criteria[0]
    await admin.press_data(CallItem("weight", call.id, criterion.id, 3).pack())
    assert (await stored(harness, call)).criteria[0].weight == 3  # nobody has scored yet
    async with harness.services.db.transaction() as conn:
        await conn.execute(
            "INSERT INTO reviews (application_id, reviewer_id) VALUES (?, ?)", (application, 9)
        )
    await admin.press_data(CallItem("weight", call.id, criterion.id, 1).pack())
    assert popup(admin) == "Reviewers have started scoring: the criteria can no longer change."
    assert (await stored(harness, call)).criteria[0].weight == 3


async def test_forged_item_presses_are_refused(harness: BotHarness) -> None:
    admin = await calls_admin(harness)
    call = await new_call(harness, admin)
    mallory = await quick_participant(harness, "Mallory")
    await mallory.send("/menu")
    for forged in (
        CallAdmin("criteria", call.id, 0),
        CallAdmin("q_add_text", call.id, 0),
        CallItem("weight", call.id, call.criteria[0].id, 3),
        CallItem("required", call.id, call.questions[0].id, 0),
        CallItem("q_drop_ok", call.id, call.questions[-1].id, 0),
    ):
        await mallory.press_data(forged.pack())
        assert popup(mallory).startswith("Sorry, this is only available"), forged
    assert await stored(harness, call) == call
