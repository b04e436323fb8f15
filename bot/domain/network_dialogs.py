"""Typed dialog state of the network level, one section per screen family.

Each kind subclasses `TypedInput` with a unique KIND; `NETWORK_DIALOGS` joins the sections and
`bot/domain/dialogs.py` registers them.
"""

from __future__ import annotations

from bot.domain.dialog_base import Dialog
from bot.domain.network_calendar import NetworkEventInput
from bot.domain.newsletter import NewsletterDraft

# ------------------------------------------------------------------ network
NETWORK_FAMILY_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ directory
DIRECTORY_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ consult (booking)
CONSULT_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ consult_hosting
HOSTING_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ exchange
EXCHANGE_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ newsletter and calendar
NEWSLETTER_DIALOGS: tuple[type[Dialog], ...] = (NewsletterDraft, NetworkEventInput)

NETWORK_DIALOGS: tuple[type[Dialog], ...] = (
    *NETWORK_FAMILY_DIALOGS,
    *DIRECTORY_DIALOGS,
    *CONSULT_DIALOGS,
    *HOSTING_DIALOGS,
    *EXCHANGE_DIALOGS,
    *NEWSLETTER_DIALOGS,
)
