"""Roles per partnership and who may do what."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Role(enum.StrEnum):
    PARTICIPANT = "participant"
    ORGANISER = "organiser"
    COACH = "coach"


# Roles an invitation link can grant; participants simply join.
INVITABLE_ROLES: tuple[Role, ...] = (Role.ORGANISER, Role.COACH)


class PermissionDenied(Exception):
    """The acting user lacks the role this action needs."""


@dataclass(frozen=True)
class Actor:
    """Who is acting: their Telegram id, global admin flag and roles per partnership."""

    user_id: int
    is_admin: bool
    roles: frozenset[tuple[int, Role]] = frozenset()
    networks: frozenset[int] = frozenset()  # networks this person is staff of

    def is_network_staff(self, network_id: int) -> bool:
        """Network staff (and admins, of every network) see the network's roll-up, host
        consultations and send the network newsletter."""
        return self.is_admin or network_id in self.networks

    @property
    def in_network_office(self) -> bool:
        """Staff of some network (or an admin): the network office's tools are shown."""
        return self.is_admin or bool(self.networks)

    def has_role(self, partnership_id: int, role: Role) -> bool:
        return self.is_admin or (partnership_id, role) in self.roles

    def organises(self) -> tuple[int, ...]:
        return tuple(sorted(p for p, r in self.roles if r is Role.ORGANISER))

    @property
    def is_coach(self) -> bool:
        """Coaches of a team in any partnership (admins coach every team, too)."""
        return self.is_admin or any(r is Role.COACH for _, r in self.roles)

    @property
    def coaches(self) -> bool:
        """Holds the coach role somewhere (not only as an admin): /team and /coach open
        "My teams" for them, and their command menu says so."""
        return any(r is Role.COACH for _, r in self.roles)

    @property
    def is_staff(self) -> bool:
        """Admins and organisers of any partnership see the organiser tools."""
        return self.is_admin or bool(self.organises())


def require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise PermissionDenied("admin")


def require_organiser(actor: Actor, partnership_id: int) -> None:
    if not actor.has_role(partnership_id, Role.ORGANISER):
        raise PermissionDenied("organiser")


def require_network_staff(actor: Actor, network_id: int) -> None:
    if not actor.is_network_staff(network_id):
        raise PermissionDenied("network staff")
