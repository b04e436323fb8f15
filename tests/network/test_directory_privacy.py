"""/mydata hands out a person's directory data; /deleteme removes them as a contact: an
organisation listed only on their word goes, one the organisation itself agreed to stays
naming nobody, and the messages relayed through the directory are gone."""

from __future__ import annotations

import json

from bot.callback_data import PrivacyStep
from bot.callback_network import DirectoryContact
from bot.db import directory as directory_db
from bot.db import network as network_db
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    KRASNODAR,
    directory_actor,
    listed_partnership,
    named_person,
    onboard,
)


async def test_mydata_lists_and_deleteme_erases_directory_data(harness: BotHarness) -> None:
    sergei = harness.user("Sergei", "en")
    await named_person(harness, sergei, "Sergei")
    await listed_partnership(harness, contact=sergei.id)
    own_word = await directory_actor(harness, name="Sergei's reading circle", contact=sergei.id)
    org_agreed = await directory_actor(harness, name="Kulturverein", contact=None)
    async with harness.services.db.transaction() as conn:  # he added the Kulturverein
        await conn.execute(
            "UPDATE directory_actors SET created_by = ?, contact_user_id = ?,"
            " contact_agreed_at = created_at WHERE id = ?",
            (sergei.id, sergei.id, org_agreed),
        )
    olga = harness.user("Olga", "en")
    await onboard(olga, city=KRASNODAR)
    await olga.send("/directory")
    await olga.press_data(DirectoryContact("write", "a", own_word).pack())
    await olga.send("Hello Sergei")
    await olga.press(DirectoryContact("send", "a", own_word))
    await harness.drain()

    await sergei.send("/mydata")
    assert sergei.last.document is not None
    data = json.loads(sergei.last.document.content)
    names = {row["name"] for row in data["directory_organisations_contact_for"]}
    assert names == {"Sergei's reading circle", "Kulturverein"}
    assert [row["name"] for row in data["directory_organisations_added"]] == ["Kulturverein"]
    assert len(data["directory_messages_received"]) == 1

    await sergei.send("/deleteme")
    await sergei.press(PrivacyStep("erase"))
    async with harness.services.db.reading() as conn:
        assert await directory_db.get_actor(conn, own_word) is None
        kept = await directory_db.get_actor(conn, org_agreed)
        profile = await network_db.get_profile(conn, DEMO_PARTNERSHIP)
        cur = await conn.execute("SELECT COUNT(*) FROM directory_messages")
        (messages,) = await cur.fetchone() or (0,)
    assert kept is not None and kept.contact_user_id is None and kept.created_by is None
    assert not profile.contact_listed
    assert messages == 0
