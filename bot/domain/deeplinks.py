"""Deep-link payloads (`/start <payload>`): one parser, typed results.

Telegram allows up to 64 characters of A-Z, a-z, 0-9, _ and -. Each kind of link has a short
prefix; later features add their own kinds here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_PAYLOAD_LENGTH = 64
_ALLOWED = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class InvitationLink:
    token: str


@dataclass(frozen=True)
class PartnershipLink:
    partnership_id: int
    city_id: int | None = None


@dataclass(frozen=True)
class WorkshopLink:
    workshop_id: int


@dataclass(frozen=True)
class CallLink:
    """A programme call's page: read it and apply (the call's poster carries it)."""

    call_id: int


@dataclass(frozen=True)
class CoApplicantLink:
    """The partner city's way into a joint application."""

    token: str


@dataclass(frozen=True)
class ReviewerLink:
    """Makes the person a reviewer of a call."""

    token: str


@dataclass(frozen=True)
class ToolboxLink:
    """A toolbox entry (an inline card shared into a chat carries it)."""

    entry_id: int


@dataclass(frozen=True)
class StoryLink:
    """A published story."""

    story_id: int


@dataclass(frozen=True)
class NetworkStaffLink:
    """Makes the person network staff (a one-time invitation)."""

    token: str


# live-setup: checking in to a live room (the wall page shows it as a QR code and as text).
@dataclass(frozen=True)
class RoomLink:
    code: str


# Links that work before onboarding: applicants and reviewers need no partnership, and the
# toolbox and published stories are for everyone.
CallDeepLink = CallLink | CoApplicantLink | ReviewerLink | ToolboxLink | StoryLink
DeepLink = (
    InvitationLink
    | PartnershipLink
    | WorkshopLink
    | CallLink
    | CoApplicantLink
    | ReviewerLink
    | ToolboxLink
    | StoryLink
    | NetworkStaffLink
    | RoomLink  # live-setup
)


def parse_payload(payload: str) -> DeepLink | None:
    """Return the link a payload stands for, or None when it is unknown or malformed."""
    if not _ALLOWED.match(payload):
        return None
    if m := re.fullmatch(r"inv-([A-Za-z0-9_]{8,40})", payload):
        return InvitationLink(m.group(1))
    if m := re.fullmatch(r"ca-([A-Za-z0-9_]{8,40})", payload):
        return CoApplicantLink(m.group(1))
    if m := re.fullmatch(r"rv-([A-Za-z0-9_]{8,40})", payload):
        return ReviewerLink(m.group(1))
    if m := re.fullmatch(r"ns-([A-Za-z0-9_]{8,40})", payload):
        return NetworkStaffLink(m.group(1))
    if m := re.fullmatch(r"room-([A-Za-z0-9]{3,12})", payload):  # live-setup
        return RoomLink(m.group(1))
    if m := re.fullmatch(r"tb(\d{1,9})", payload):
        return ToolboxLink(int(m.group(1)))
    if m := re.fullmatch(r"st(\d{1,9})", payload):
        return StoryLink(int(m.group(1)))
    if m := re.fullmatch(r"c(\d{1,9})", payload):
        return CallLink(int(m.group(1)))
    if m := re.fullmatch(r"w(\d{1,9})", payload):
        return WorkshopLink(int(m.group(1)))
    if m := re.fullmatch(r"p(\d{1,9})(?:-c(\d{1,9}))?", payload):
        return PartnershipLink(int(m.group(1)), int(m.group(2)) if m.group(2) else None)
    return None


def invitation_payload(token: str) -> str:
    return f"inv-{token}"


def partnership_payload(partnership_id: int, city_id: int | None = None) -> str:
    return f"p{partnership_id}" + (f"-c{city_id}" if city_id is not None else "")


def workshop_payload(workshop_id: int) -> str:
    return f"w{workshop_id}"


def call_payload(call_id: int) -> str:
    return f"c{call_id}"


def co_applicant_payload(token: str) -> str:
    return f"ca-{token}"


def reviewer_payload(token: str) -> str:
    return f"rv-{token}"


def toolbox_payload(entry_id: int) -> str:
    return f"tb{entry_id}"


def story_payload(story_id: int) -> str:
    return f"st{story_id}"


def network_staff_payload(token: str) -> str:
    return f"ns-{token}"


def room_payload(code: str) -> str:
    """live-setup: ?start=room-CODE checks the person in to the room."""
    return f"room-{code}"
