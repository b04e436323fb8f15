""" "I'm interested" and the introduction (double opt-in) of the idea exchange: the request
with a note, the contact's Agree / Decline, the requester's final confirmation, and only then
both sides' first name, city and @username, and one-message relays through the bot.

Before both agreed, no message to either side carries the other's username or a link to
their account: only first name, city and partnership (and the requester's note).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import aiosqlite
from telegram import InlineKeyboardMarkup

from bot.db import idea_exchange as exchange_db
from bot.db import outbox, participants
from bot.db import partnerships as partnerships_db
from bot.db.outbox import OutgoingMessage
from bot.domain.idea_exchange import IntroRequest, Post
from bot.domain.participants import Participant, shown_name
from bot.i18n import Translator, escape
from bot.keyboards import exchange as kb
from bot.services.errors import UserFacingError
from bot.services.network_part import NetworkPart
from bot.services.notify import PRIORITY_CRITICAL

# A keyboard for a recipient, built in their language.
Keyboard = Callable[[str], InlineKeyboardMarkup | None]


@dataclass(frozen=True)
class Person:
    """What the other side sees of someone before the introduction: no contact details."""

    name: str
    city: str
    partnership: str


class Introductions(NetworkPart):
    """The introduction half of IdeaExchange (its services and clock are IdeaExchange's)."""

    # ---------------------------------------------------------------- introductions
    async def interest(self, user_id: int, post_id: int) -> Person:
        """May this person ask about this post? What the contact would see of them."""
        async with self.db.reading() as conn:
            _, reader = await self._askable(conn, user_id, post_id)
            return await person_of(conn, self.translator, reader, reader.language)

    async def _askable(
        self, conn: aiosqlite.Connection, user_id: int, post_id: int
    ) -> tuple[Post, Participant]:
        post = await exchange_db.get_post(conn, post_id)
        if post is None or not post.is_open or post.contact_user_id is None:
            raise UserFacingError("exchange-post-gone")
        reader = await participants.get(conn, user_id)
        if reader is None or not may_ask(reader, post):
            raise UserFacingError("exchange-own-partnership")
        if await exchange_db.request_of(conn, post_id, user_id) is not None:
            raise UserFacingError("exchange-already-asked")
        return post, reader

    async def ask(self, user_id: int, post_id: int, note: str) -> None:
        """ "I'm interested", confirmed: the contact gets first name, city, partnership and
        the note, with Agree / Decline. Nothing else about the requester."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            post, reader = await self._askable(conn, user_id, post_id)
            assert post.contact_user_id is not None
            request_id = await exchange_db.create_request(
                conn, post_id, user_id, post.contact_user_id, note, now
            )
            if request_id is None:
                raise UserFacingError("exchange-already-asked")
            tr = self.translator

            async def text(language: str) -> str:
                person = await person_of(conn, tr, reader, language)
                lines = [
                    tr.html(language, "exchange-request-received", title=post.title),
                    person_lines(tr, language, person),
                ]
                if note:
                    lines.append(tr.html(language, "exchange-request-note") + "\n" + escape(note))
                lines.append(tr.html(language, "exchange-request-question"))
                return "\n\n".join(lines)

            await self._send(
                conn,
                post.contact_user_id,
                text,
                lambda lang: kb.answer_request(tr, lang, request_id),
                f"exchange-request:{request_id}:{user_id}",
            )

    async def _request_for(
        self, conn: aiosqlite.Connection, user_id: int, request_id: int, side: str
    ) -> IntroRequest:
        """A request this person answers as `side` (contact or requester); a forged press by
        anyone else is refused."""
        request = await exchange_db.get_request(conn, request_id)
        if request is None:
            raise UserFacingError("exchange-request-gone")
        owner = request.contact_id if side == "contact" else request.requester_id
        if owner != user_id:
            raise UserFacingError("exchange-not-yours")
        return request

    async def agree(self, user_id: int, request_id: int, username: str | None) -> Person:
        """The contact agrees; the requester is asked once more (both agree). Returns the
        requester as the contact saw them."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            request = await self._request_for(conn, user_id, request_id, "contact")
            if not await exchange_db.move_request(
                conn, request_id, "asked", "agreed", now, username
            ):
                raise UserFacingError("exchange-request-answered")
            post = await exchange_db.get_post(conn, request.post_id)
            contact = await participants.get(conn, user_id)
            tr, title = self.translator, post.title if post else ""

            async def text(language: str) -> str:
                person = await person_of(conn, tr, contact, language)
                return "\n\n".join(
                    [
                        tr.html(language, "exchange-agreed-requester", title=title),
                        person_lines(tr, language, person),
                        tr.html(language, "exchange-agreed-question"),
                    ]
                )

            await self._send(
                conn,
                request.requester_id,
                text,
                lambda lang: kb.confirm_introduction(tr, lang, request_id),
                f"exchange-agreed:{request_id}:{user_id}",
            )
            requester = await participants.get(conn, request.requester_id)
            return await person_of(conn, tr, requester, contact.language if contact else "en")

    async def decline(self, user_id: int, request_id: int) -> None:
        """The requester is told politely, without any reason or detail."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            request = await self._request_for(conn, user_id, request_id, "contact")
            if not await exchange_db.move_request(conn, request_id, "asked", "declined", now):
                raise UserFacingError("exchange-request-answered")
            post = await exchange_db.get_post(conn, request.post_id)
            await self.notifier.send(
                conn,
                request.requester_id,
                "exchange-declined-requester",
                now,
                markup=lambda lang: kb.to_exchange(self.translator, lang),
                dedupe_key=f"exchange-declined:{request_id}",
                title=post.title if post else "",
            )

    async def withdraw(self, user_id: int, request_id: int) -> None:
        """The requester does not confirm after all: the contact hears it, nothing more."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            request = await self._request_for(conn, user_id, request_id, "requester")
            if not await exchange_db.move_request(conn, request_id, "agreed", "withdrawn", now):
                raise UserFacingError("exchange-request-answered")
            post = await exchange_db.get_post(conn, request.post_id)
            await self.notifier.send(
                conn,
                request.contact_id,
                "exchange-withdrawn-contact",
                now,
                dedupe_key=f"exchange-withdrawn:{request_id}",
                title=post.title if post else "",
            )

    async def confirm(self, user_id: int, request_id: int, username: str | None) -> str:
        """Both agreed: each side gets the other's first name, city and @username (where one
        exists) and a "Write" button. Returns the requester's introduction text (HTML)."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            request = await self._request_for(conn, user_id, request_id, "requester")
            moved = await exchange_db.move_request(
                conn, request_id, "agreed", "introduced", now, username
            )
            if not moved:
                raise UserFacingError("exchange-request-answered")
            request = replace(request, requester_username=username)
            contact_text = await self._introduction(conn, request, request.contact_id)
            await self._send(
                conn,
                request.contact_id,
                contact_text,
                lambda lang: kb.introduced(self.translator, lang, request_id),
                f"exchange-introduced:{request_id}:{user_id}",
            )
            requester = await participants.get(conn, user_id)
            language = requester.language if requester else "en"
            own_text = await self._introduction(conn, request, request.requester_id)
            return str(await own_text(language))

    async def _introduction(
        self, conn: aiosqlite.Connection, request: IntroRequest, reader_id: int
    ) -> Callable[[str], Any]:
        other_id = request.other_side(reader_id)
        assert other_id is not None
        other = await participants.get(conn, other_id)
        post = await exchange_db.get_post(conn, request.post_id)
        username = request.username_of(other_id)
        tr = self.translator

        async def text(language: str) -> str:
            person = await person_of(conn, tr, other, language)
            contact = (
                tr.html(language, "exchange-introduced-username", username=f"@{username}")
                if username
                else tr.html(language, "exchange-introduced-no-username")
            )
            return "\n\n".join(
                [
                    tr.html(language, "exchange-introduced", title=post.title if post else ""),
                    person_lines(tr, language, person),
                    contact,
                ]
            )

        return text

    async def relay(self, user_id: int, request_id: int, text: str) -> None:
        """One typed message to the other side of an introduction, with a reply button."""
        async with self.db.transaction() as conn:
            request = await self._introduced(conn, user_id, request_id)
            other = request.other_side(user_id)
            assert other is not None
            sender = await participants.get(conn, user_id)
            tr = self.translator

            async def message(language: str) -> str:
                person = await person_of(conn, tr, sender, language)
                head = tr.html(language, "exchange-relay-received", name=person.name)
                return head + "\n\n" + escape(text)

            # Keyed by the sender, so that their erasure takes a message still waiting too.
            stamp = int(self.clock.now().timestamp() * 1000)
            key = f"exchange-relay:{request_id}:{stamp}:{user_id}"
            await self._send(conn, other, message, lambda lang: kb.reply(tr, lang, request_id), key)

    async def check_relay(self, user_id: int, request_id: int) -> None:
        async with self.db.reading() as conn:
            await self._introduced(conn, user_id, request_id)

    async def _introduced(
        self, conn: aiosqlite.Connection, user_id: int, request_id: int
    ) -> IntroRequest:
        request = await exchange_db.get_request(conn, request_id)
        if request is None or request.status != "introduced":
            raise UserFacingError("exchange-request-gone")
        if request.other_side(user_id) is None:
            raise UserFacingError("exchange-not-yours")
        return request

    async def _send(
        self,
        conn: aiosqlite.Connection,
        user_id: int,
        render: Callable[[str], Any],
        keyboard: Keyboard,
        dedupe_key: str | None,
    ) -> None:
        """One message of ready HTML in the recipient's language (user text is escaped in
        code and joined, never passed through a Fluent placeable)."""
        if not await participants.is_reachable(conn, user_id):
            return
        language = await self.notifier.language_of(conn, user_id)
        markup = keyboard(language)
        message = OutgoingMessage(
            recipient_id=user_id,
            text=await render(language),
            priority=PRIORITY_CRITICAL,
            reply_markup=markup.to_json() if markup else None,
            dedupe_key=dedupe_key,
        )
        if await outbox.enqueue(conn, message, self.clock.now()):
            self.notifier.on_queued()


def may_ask(reader: Participant | None, post: Post) -> bool:
    """Onboarded people of another partnership (not the post's own people)."""
    return (
        reader is not None
        and reader.is_onboarded
        and reader.partnership_id != post.partnership_id
        and reader.user_id != post.contact_user_id
    )


async def person_of(
    conn: aiosqlite.Connection, tr: Translator, person: Participant | None, language: str
) -> Person:
    """First name (or chosen name), city and partnership: what is shown before consent."""
    partnership = await partnerships_db.get(conn, person.partnership_id or 0) if person else None
    city = partnership.city(person.city_id or 0) if partnership and person else None
    return Person(
        name=shown_name(person) or tr.plain(language, "people-unnamed"),
        city=city.name.for_reader(language) if city else "",
        partnership=partnership.name.for_reader(language) if partnership else "",
    )


def person_lines(tr: Translator, language: str, person: Person) -> str:
    """The person's lines, escaped (a missing city or partnership is left out)."""
    lines = [tr.html(language, "exchange-person-name", name=person.name)]
    if person.city:
        lines.append(tr.html(language, "exchange-person-city", city=person.city))
    if person.partnership:
        lines.append(tr.html(language, "exchange-person-partnership", name=person.partnership))
    return "\n".join(lines)
