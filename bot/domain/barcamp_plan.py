"""The BarCamp optimiser: sessions into room × slot. Owned by the barcamp-plan developer."""

from __future__ import annotations

from collections.abc import Sequence

from bot.domain.barcamp import CampRoom, CampSession, CampSlot, Plan


def build_plan(
    rooms: Sequence[CampRoom], slots: Sequence[CampSlot], sessions: Sequence[CampSession]
) -> Plan:
    """Place sessions: locked ones stay; no host in two rooms at once; interest within room
    capacity where possible (else the largest room, with a warning); only rooms that work in
    the session's language; deterministic for the same input."""
    raise NotImplementedError
