"""The partner city's one-time link: which application it joins, refused clearly when it is
unknown, used, expired or the application is decided."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db import applications as applications_db
from bot.db import calls as calls_db
from bot.domain.applying import decided
from bot.domain.calls import Application
from bot.services.errors import UserFacingError


async def invited_application(
    conn: aiosqlite.Connection, user_id: int, token: str, now: datetime
) -> Application:
    found = await calls_db.token(conn, token)
    if found is None or found["purpose"] != "co_applicant":
        raise UserFacingError("apply-join-unknown")
    app = await applications_db.get(conn, int(found["application_id"]))
    if app is None:
        raise UserFacingError("apply-join-unknown")
    if app.party_of(user_id) is not None:
        return app
    if decided(app):
        raise UserFacingError("apply-error-decided", decision=app.decision or "")
    if found["used_by"] is not None or len(app.parties) >= 2:
        raise UserFacingError("apply-join-used")
    if found["expires_at"] is not None and found["expires_at"] <= now:
        raise UserFacingError("apply-join-expired")
    return app
