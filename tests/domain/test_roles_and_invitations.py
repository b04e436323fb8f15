from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.invitations import Invitation, InvitationProblem
from bot.domain.roles import Actor, PermissionDenied, Role, require_admin, require_organiser

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_organiser_rights_are_per_partnership() -> None:
    actor = Actor(5, is_admin=False, roles=frozenset({(1, Role.ORGANISER), (2, Role.COACH)}))
    require_organiser(actor, 1)
    with pytest.raises(PermissionDenied):
        require_organiser(actor, 2)
    with pytest.raises(PermissionDenied):
        require_admin(actor)
    assert actor.is_staff


def test_admin_may_do_everything() -> None:
    admin = Actor(1, is_admin=True)
    require_admin(admin)
    require_organiser(admin, 99)


def test_plain_participant_is_not_staff() -> None:
    assert not Actor(5, is_admin=False).is_staff


def test_invitation_expires_and_is_single_use() -> None:
    inv = Invitation("t" * 10, 1, Role.COACH, 1, NOW + timedelta(hours=1))
    assert inv.problem(NOW) is None
    assert inv.problem(NOW + timedelta(hours=1)) is InvitationProblem.EXPIRED
    used = Invitation("t" * 10, 1, Role.COACH, 1, NOW + timedelta(hours=1), used_by=9)
    assert used.problem(NOW) is InvitationProblem.USED
