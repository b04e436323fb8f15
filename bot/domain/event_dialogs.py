"""Typed dialog state of event day (live wall and BarCamp), one section per screen family.

Each kind subclasses `TypedInput` with a unique KIND; `EVENT_DIALOGS` joins the sections and
`bot/domain/dialogs.py` registers them.
"""

from __future__ import annotations

from bot.domain.dialog_base import Dialog

# ------------------------------------------------------------------ live-setup
LIVE_SETUP_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ live-ideas
LIVE_IDEAS_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ barcamp-people
BARCAMP_PEOPLE_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ barcamp-plan
BARCAMP_PLAN_DIALOGS: tuple[type[Dialog], ...] = ()

EVENT_DIALOGS: tuple[type[Dialog], ...] = (
    *LIVE_SETUP_DIALOGS,
    *LIVE_IDEAS_DIALOGS,
    *BARCAMP_PEOPLE_DIALOGS,
    *BARCAMP_PLAN_DIALOGS,
)
