"""Typed dialog state of the network level, one section per screen family.

Each kind subclasses `TypedInput` with a unique KIND; `NETWORK_DIALOGS` joins the sections and
`bot/domain/dialogs.py` registers them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from bot.domain.dialog_base import Dialog, TypedInput

# ------------------------------------------------------------------ network
NETWORK_FAMILY_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ directory
DIRECTORY_DIALOGS: tuple[type[Dialog], ...] = ()


# ------------------------------------------------------------------ consult (booking)
@dataclass(frozen=True)
class ConsultNoteInput(TypedInput):
    """On the confirmation screen: the next text is a note for the host (optional)."""

    KIND: ClassVar[str] = "consult_note"
    host_id: int
    start: int  # minutes since the epoch, as on the button
    topic: str
    language: str
    booking_id: int = 0
    note: str = ""
    prompt_message_id: int = 0


CONSULT_DIALOGS: tuple[type[Dialog], ...] = (ConsultNoteInput,)

# ------------------------------------------------------------------ consult_hosting
HOSTING_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ exchange
EXCHANGE_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ newsletter and calendar
NEWSLETTER_DIALOGS: tuple[type[Dialog], ...] = ()

NETWORK_DIALOGS: tuple[type[Dialog], ...] = (
    *NETWORK_FAMILY_DIALOGS,
    *DIRECTORY_DIALOGS,
    *CONSULT_DIALOGS,
    *HOSTING_DIALOGS,
    *EXCHANGE_DIALOGS,
    *NEWSLETTER_DIALOGS,
)
