"""Typed dialog state of the network level, one section per screen family.

Each kind subclasses `TypedInput` with a unique KIND; `NETWORK_DIALOGS` joins the sections and
`bot/domain/dialogs.py` registers them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from bot.domain.dialog_base import Dialog, TypedInput


# ------------------------------------------------------------------ network
@dataclass(frozen=True)
class ProfileSinceInput(TypedInput):
    """The next text is the year the partnership began."""

    KIND: ClassVar[str] = "network_profile_since"
    partnership_id: int
    prompt_message_id: int = 0


@dataclass(frozen=True)
class ProfileCountryInput(TypedInput):
    """The next text is a country code (ISO 3166-1 alpha-2) to add to the country focus."""

    KIND: ClassVar[str] = "network_profile_country"
    partnership_id: int
    prompt_message_id: int = 0


NETWORK_FAMILY_DIALOGS: tuple[type[Dialog], ...] = (ProfileSinceInput, ProfileCountryInput)

# ------------------------------------------------------------------ directory
DIRECTORY_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ consult (booking)
CONSULT_DIALOGS: tuple[type[Dialog], ...] = ()

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
