"""Who may see and use a workshop, an idea or a team: the one rule every service asks.

Seeing: the object is public in the person's own partnership (a published workshop or idea),
or the person runs that partnership (organiser or coach), or is an admin. Using it as a
participant (signing up, voting, attaching an idea) also needs it to be the person's own
partnership: an admin or an organiser of B who takes part in A takes none of B's seats or votes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bot.domain.ideas import Idea, IdeaStatus
from bot.domain.roles import Actor, Role
from bot.domain.teams import Team
from bot.domain.workshops import Workshop, WorkshopStatus


class Want(enum.Enum):
    SEE = "see"  # read its card
    USE = "use"  # act on it as a participant: sign up, vote, support, report, join
    ATTACH = "attach"  # name it on an idea (workshops only): published, own partnership


@dataclass(frozen=True)
class Viewer:
    """The acting person: their roles and the partnership they take part in."""

    actor: Actor
    partnership_id: int | None

    @property
    def user_id(self) -> int:
        return self.actor.user_id

    def runs(self, partnership_id: int) -> bool:
        """Admins, and organisers and coaches of this partnership."""
        return self.actor.has_role(partnership_id, Role.ORGANISER) or self.actor.has_role(
            partnership_id, Role.COACH
        )


def may_workshop(viewer: Viewer, workshop: Workshop, want: Want, *, registered: bool) -> bool:
    """A draft is its organisers' and coaches' only; a registered person keeps seeing theirs."""
    own = viewer.partnership_id == workshop.partnership_id
    public = workshop.status is not WorkshopStatus.DRAFT
    sees = viewer.runs(workshop.partnership_id) or registered or (own and public)
    if want is Want.SEE:
        return sees
    if want is Want.ATTACH:
        return own and workshop.status is WorkshopStatus.PUBLISHED
    return own and sees


def advertised(workshop: Workshop) -> bool:
    """Its link and poster may be out in the world: a newcomer's link may suggest its city."""
    return workshop.status is WorkshopStatus.PUBLISHED


def belongs_elsewhere(viewer: Viewer, workshop: Workshop) -> bool:
    """A published workshop of another partnership (its poster is public): say whose it is."""
    return (
        advertised(workshop)
        and viewer.partnership_id != workshop.partnership_id
        and not viewer.runs(workshop.partnership_id)
    )


def may_idea(viewer: Viewer, idea: Idea, want: Want) -> bool:
    own = viewer.partnership_id == idea.partnership_id
    published = idea.status is IdeaStatus.PUBLISHED
    if want is Want.SEE:
        return (
            viewer.runs(idea.partnership_id)
            or (own and idea.author_id == viewer.user_id)
            or (own and published)
        )
    return own and published


def may_see_team(actor: Actor, team: Team, *, members_too: bool) -> bool:
    """The team's coach, the partnership's organisers and admins; its members when asked."""
    return (
        actor.has_role(team.partnership_id, Role.ORGANISER)
        or team.coach_id == actor.user_id
        or (members_too and actor.user_id in team.members)
    )


def may_organise(actor: Actor, partnership_id: int) -> bool:
    return actor.has_role(partnership_id, Role.ORGANISER)


def hides_refusal(actor: Actor) -> bool:
    """Whether a refused id should look unknown. Someone with a role somewhere hears 'gone'
    for another partnership's ids, exactly as for ids that never existed; someone without
    any role hears 'only for organisers' for every id, existing or not."""
    return actor.is_staff or any(role is Role.COACH for _, role in actor.roles)
