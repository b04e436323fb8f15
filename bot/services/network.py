"""The network office above the partnerships: the network home, staff and their invitations,
partnership profiles for the directory, and the roll-up statistics for staff (counts per
country and topic; never another partnership's people)."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import astuple, dataclass, field, replace

from babel import Locale
from telegram import InlineKeyboardMarkup

from bot.db import network as network_db
from bot.db import participants, partnerships, roles
from bot.domain.invitations import InvitationProblem
from bot.domain.network import DEFAULT_NETWORK, FOCUS_COUNTRIES, PartnershipProfile
from bot.domain.network_profiles import parse_country, parse_year, with_country, with_topic
from bot.domain.network_staff import STAFF_INVITATION_TTL, StaffInvitation
from bot.domain.participants import Participant
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor, Role, require_organiser
from bot.render.formatting import babel_locale
from bot.services.due import TaskAction
from bot.services.errors import UserFacingError
from bot.services.exports import csv_bytes
from bot.services.network_part import NetworkPart
from bot.services.partnerships import existing_partnership

# The counts of one group, in the order of the export's columns after the group's name.
COUNT_COLUMNS = (
    "partnerships",
    "participants",
    "workshops",
    "ideas",
    "teams",
    "booked",
    "attended",
    "no-show",
)


@dataclass(frozen=True)
class Counts:
    """What a group of partnerships adds up to: counts only, never a person."""

    partnerships: int = 0
    participants: int = 0
    workshops: int = 0
    ideas: int = 0
    teams: int = 0
    booked: int = 0
    attended: int = 0
    no_show: int = 0

    def plus(self, partnership: tuple[int, ...]) -> Counts:
        """These counts and one more partnership's (participants … no-show)."""
        mine = astuple(self)
        return Counts(mine[0] + 1, *(a + b for a, b in zip(mine[1:], partnership, strict=True)))


@dataclass(frozen=True)
class Rollup:
    """The network's counts: all partnerships, and per country and topic focus ("" holds
    the partnerships without one)."""

    total: Counts
    by_country: dict[str, Counts] = field(default_factory=dict)
    by_topic: dict[str, Counts] = field(default_factory=dict)


def add_up(
    counts: list[tuple[int, tuple[int, ...]]],
    countries: list[tuple[int, str]],
    topics: list[tuple[int, str]],
) -> Rollup:
    """Group the partnerships' counts by each of their focuses (a partnership with two
    countries counts in both)."""
    total = Counts()
    by_country: dict[str, Counts] = {}
    by_topic: dict[str, Counts] = {}
    for pid, numbers in counts:
        total = total.plus(numbers)
        for groups, pairs in ((by_country, countries), (by_topic, topics)):
            keys = sorted({key for owner, key in pairs if owner == pid}) or [""]
            for key in keys:
                groups[key] = groups.get(key, Counts()).plus(numbers)
    return Rollup(total, by_country, by_topic)


def country_name(code: str, language: str) -> str:
    """The country's name in the reader's language (babel), the code when babel has none."""
    return str(Locale.parse(babel_locale(language)).territories.get(code, code))


@dataclass(frozen=True)
class ProfileView:
    """A partnership's profile as its organisers edit it: the listed (or asked) contact too."""

    partnership: Partnership
    profile: PartnershipProfile
    contact: Participant | None


def known_countries(language: str = "en") -> set[str]:
    """Codes babel names as countries (two letters; not "001"-style regions)."""
    territories = Locale.parse(babel_locale(language)).territories
    return {str(c) for c in territories if isinstance(c, str) and len(c) == 2}


# Asked of a proposed contact: (partnership id, its name per language) -> keyboard per language.
ConsentMarkup = Callable[[int], Callable[[str], InlineKeyboardMarkup]]


def office_network(actor: Actor) -> int:
    """The network whose office the person works in; refused for everyone else."""
    if not actor.in_network_office:
        raise UserFacingError("network-staff-only")
    return min(actor.networks) if actor.networks else DEFAULT_NETWORK


class NetworkService(NetworkPart):
    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {}

    # ---------------------------------------------------------------- roll-up statistics
    async def rollup(self, actor: Actor) -> Rollup:
        """The network's counts per country and topic focus, for its staff only."""
        network_id = office_network(actor)
        async with self.db.reading() as conn:
            counts = await network_db.rollup_counts(conn, network_id)
            countries, topics = await network_db.focuses(conn, network_id)
        return add_up(counts, countries, topics)

    async def rollup_csv(self, actor: Actor, language: str) -> bytes:
        """The roll-up as a spreadsheet in the reader's language: one row per group."""
        rollup = await self.rollup(actor)
        tr = self.translator
        header = [
            tr.plain(language, "network-stats-csv-focus"),
            tr.plain(language, "network-stats-csv-name"),
            *(tr.plain(language, f"network-stats-csv-{c}") for c in COUNT_COLUMNS),
        ]
        rows = [[tr.plain(language, "network-stats-all"), "", *astuple(rollup.total)]]
        for code, counts in rollup.by_country.items():
            name = country_name(code, language) if code else ""
            focus = tr.plain(language, "network-stats-csv-country")
            rows.append([focus, name or tr.plain(language, "network-stats-none"), *astuple(counts)])
        for key, counts in rollup.by_topic.items():
            name = tr.plain(language, f"network-topic-{key}") if key else ""
            focus = tr.plain(language, "network-stats-csv-topic")
            rows.append([focus, name or tr.plain(language, "network-stats-none"), *astuple(counts)])
        return csv_bytes(language, header, rows)

    # ---------------------------------------------------------------- staff
    async def staff(self, actor: Actor) -> list[tuple[int, Participant | None]]:
        """The staff of the person's network office (their ids and profiles)."""
        network_id = office_network(actor)
        async with self.db.reading() as conn:
            ids = await network_db.staff_of(conn, network_id)
            return [(uid, await participants.get(conn, uid)) for uid in ids]

    async def staff_member(self, actor: Actor, user_id: int) -> Participant | None:
        """One person of the staff (for the removal question); refused for anyone else."""
        for uid, person in await self.staff(actor):
            if uid == user_id:
                return person
        raise UserFacingError("errors-stale-button")

    async def invite_staff(self, actor: Actor) -> StaffInvitation:
        """A one-time link that makes whoever opens it staff of the person's network."""
        network_id = office_network(actor)
        now = self.clock.now()
        invitation = StaffInvitation(
            token=secrets.token_urlsafe(18).replace("-", "_"),
            network_id=network_id,
            created_by=actor.user_id,
            expires_at=now + STAFF_INVITATION_TTL,
        )
        async with self.db.transaction() as conn:
            await network_db.create_staff_invitation(conn, invitation, now)
        return invitation

    async def join_staff(self, user_id: int, token: str) -> InvitationProblem | None:
        """Redeem a staff link once; a used, expired or unknown link changes nothing."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            invitation = await network_db.staff_invitation(conn, token)
            if invitation is None:
                return InvitationProblem.UNKNOWN
            problem = invitation.problem(now)
            if problem is None and not await network_db.claim_staff_invitation(
                conn, token, user_id, now
            ):
                problem = InvitationProblem.USED
            if problem is None:
                await network_db.add_staff(
                    conn, user_id, invitation.network_id, invitation.created_by, now
                )
        return problem

    async def remove_staff(self, actor: Actor, user_id: int) -> Participant | None:
        """Take someone off the staff of the person's network; who it was."""
        person = await self.staff_member(actor, user_id)
        async with self.db.transaction() as conn:
            await network_db.remove_staff(conn, user_id, office_network(actor))
        return person

    # ---------------------------------------------------------------- partnership profiles
    async def profile(self, actor: Actor, partnership_id: int) -> ProfileView:
        """The profile card of a partnership the person organises."""
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            partnership = await existing_partnership(conn, partnership_id)
            profile = await network_db.get_profile(conn, partnership_id)
            uid = profile.contact_user_id
            contact = await participants.get(conn, uid) if uid is not None else None
        return ProfileView(partnership, profile, contact)

    async def _change(
        self,
        actor: Actor,
        partnership_id: int,
        change: Callable[[PartnershipProfile], PartnershipProfile],
    ) -> None:
        require_organiser(actor, partnership_id)
        async with self.db.transaction() as conn:
            await existing_partnership(conn, partnership_id)
            profile = await network_db.get_profile(conn, partnership_id)
            await network_db.save_profile(conn, change(profile), self.clock.now())

    async def toggle_country(self, actor: Actor, partnership_id: int, code: str) -> None:
        if code not in FOCUS_COUNTRIES and code not in known_countries():
            raise UserFacingError("errors-stale-button")
        await self._change(actor, partnership_id, lambda p: with_country(p, code))

    async def add_country(self, actor: Actor, partnership_id: int, text: str) -> None:
        """A typed code joins the country focus (typing one already chosen keeps it)."""
        code = parse_country(text, known_countries())
        if code is None:
            raise UserFacingError("network-profile-code-invalid")
        await self._change(
            actor,
            partnership_id,
            lambda p: p if code in p.countries else with_country(p, code),
        )

    async def toggle_topic(self, actor: Actor, partnership_id: int, topic: str) -> None:
        try:
            await self._change(actor, partnership_id, lambda p: with_topic(p, topic))
        except ValueError:
            raise UserFacingError("errors-stale-button") from None

    async def set_since(self, actor: Actor, partnership_id: int, text: str) -> None:
        year = parse_year(text, self.clock.now().year)
        if year is None:
            raise UserFacingError("network-profile-since-invalid", year=self.clock.now().year)
        await self._change(actor, partnership_id, lambda p: replace(p, since_year=year))

    async def contact_candidates(
        self, actor: Actor, partnership_id: int
    ) -> list[tuple[int, Participant | None]]:
        """The partnership's organisers and coaches: who may be its listed contact."""
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            ids = await roles.holders(conn, partnership_id, Role.ORGANISER)
            ids += await roles.holders(conn, partnership_id, Role.COACH)
            unique = sorted(set(ids), key=ids.index)
            return [(uid, await participants.get(conn, uid)) for uid in unique]

    async def propose_contact(
        self, actor: Actor, partnership_id: int, user_id: int, consent: ConsentMarkup
    ) -> Participant | None:
        """Ask the person whether they agree to be listed; not listed until they do."""
        candidates = dict(await self.contact_candidates(actor, partnership_id))
        if user_id not in candidates:
            raise UserFacingError("errors-stale-button")
        now = self.clock.now()
        async with self.db.transaction() as conn:
            partnership = await existing_partnership(conn, partnership_id)
            profile = await network_db.get_profile(conn, partnership_id)
            asked = replace(profile, contact_user_id=user_id, contact_agreed_at=None)
            await network_db.save_profile(conn, asked, now)
            await self.notifier.send(
                conn,
                user_id,
                "network-contact-question",
                now,
                markup=consent(partnership_id),
                partnership=partnership.name.for_reader,
            )
        return candidates[user_id]

    async def unlist(self, actor: Actor, partnership_id: int) -> None:
        """No contact listed any more (the organisers' choice)."""
        await self._change(
            actor,
            partnership_id,
            lambda p: replace(p, contact_user_id=None, contact_agreed_at=None),
        )

    async def answer_contact(self, user_id: int, partnership_id: int, agree: bool) -> Partnership:
        """The asked person's answer (or withdrawing later): only they can give it."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            profile = await network_db.get_profile(conn, partnership_id)
            if profile.contact_user_id != user_id:
                raise UserFacingError("errors-stale-button")
            partnership = await partnerships.get(conn, partnership_id)
            if partnership is None:
                raise UserFacingError("errors-stale-button")
            if agree:
                answered = replace(profile, contact_agreed_at=now, reviewed_at=now)
            else:
                answered = replace(profile, contact_user_id=None, contact_agreed_at=None)
            await network_db.save_profile(conn, answered, now)
        return partnership
