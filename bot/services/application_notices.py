"""What the parties of an application hear without asking: the other city's changes, joining
and sign-off, the receipt of every submission (PDF and the answers as messages), and that
the deadline passed before their draft was submitted."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from bot.db import outbox, participants
from bot.db.outbox import OutgoingMessage
from bot.domain.applying import chunks, other_parties
from bot.domain.calls import Application, Call, Party
from bot.i18n import Translator, escape
from bot.keyboards import applying as kb
from bot.render.application_pdf import application_pdf
from bot.render.applications import call_clock, city_of, deadline_text, receipt_blocks
from bot.services.notify import PRIORITY_CRITICAL, Notifier


class ApplicationNotices:
    def __init__(self, notifier: Notifier, translator: Translator) -> None:
        self._notifier = notifier
        self._translator = translator

    async def tell_others(
        self,
        conn: aiosqlite.Connection,
        call: Call,
        app: Application,
        party: Party,
        message_id: str,
        now: datetime,
        **args: Any,
    ) -> None:
        """The other parties hear what `party` did, with a button to the application."""
        tr = self._translator
        for other in other_parties(app, party):
            if other.user_id is None:
                continue
            await self._notifier.send(
                conn,
                other.user_id,
                message_id,
                now,
                markup=lambda lang: kb.to_application(tr, lang, app.id),
                city=lambda lang: city_of(tr, lang, party),
                call=lambda lang: call.title.for_reader(lang),
                **args,
            )

    async def receipts(
        self, conn: aiosqlite.Connection, call: Call, app: Application, version: int, now: datetime
    ) -> None:
        """Every party: the receipt with the application as PDF, then every answer of every
        party as messages (each under Telegram's limit), in the reader's language."""
        tr = self._translator

        def pdf(lang: str) -> bytes:
            return application_pdf(call.title.for_reader(lang), receipt_blocks(tr, lang, call, app))

        for party in app.parties:
            if party.user_id is None:
                continue
            key = f"apply-receipt:{app.id}:{version}:{party.id}"
            await self._notifier.send(
                conn,
                party.user_id,
                "apply-receipt",
                now,
                priority=PRIORITY_CRITICAL,
                dedupe_key=key,
                document=(f"application-{app.id}-v{version}.pdf", pdf),
                version=version,
                call=lambda lang: call.title.for_reader(lang),
                when=lambda lang, zone=party.time_zone: call_clock(tr, lang, call, now, zone),
            )
            language = await self._notifier.language_of(conn, party.user_id)
            parts = chunks(receipt_blocks(tr, language, call, app))
            for number, part in enumerate(parts, 1):
                # The answers are joined in code, never through a Fluent placeable (fluent
                # refuses placeables over 1000 characters and would print "{???}").
                heading = tr.html(language, "apply-receipt-answers", part=number, parts=len(parts))
                await self._send_text(
                    conn, party.user_id, f"{heading}\n\n{escape(part)}", f"{key}:{number}", now
                )

    async def _send_text(
        self, conn: aiosqlite.Connection, user_id: int, text: str, dedupe_key: str, now: datetime
    ) -> None:
        """One message of ready HTML (a translated heading and the person's escaped text)."""
        if not await participants.is_reachable(conn, user_id):
            return
        message = OutgoingMessage(
            recipient_id=user_id, text=text, priority=PRIORITY_CRITICAL, dedupe_key=dedupe_key
        )
        if await outbox.enqueue(conn, message, now):
            self._notifier.on_queued()

    async def not_submitted(
        self, conn: aiosqlite.Connection, call: Call, app: Application, now: datetime
    ) -> None:
        tr = self._translator
        for party in app.parties:
            if party.user_id is None:
                continue
            await self._notifier.send(
                conn,
                party.user_id,
                "apply-notice-not-submitted",
                now,
                dedupe_key=f"apply-not-submitted:{app.id}:{party.id}",
                call=lambda lang: call.title.for_reader(lang),
                deadline=lambda lang, zone=party.time_zone: deadline_text(tr, lang, call, zone),
            )
