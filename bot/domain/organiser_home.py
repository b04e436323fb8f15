"""The organiser tools' home: its groups, what waits for an organiser, the daily notice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.callback_data import OrganiserGroup

# The groups in the order the home shows them.
ORGANISER_GROUPS: tuple[OrganiserGroup, ...] = (
    "workshops",
    "ideas",
    "matching",
    "coaching",
    "news",
    "people",
    "stats",
)
# At most one "something waits for you" notice per organiser and partnership in this time.
NOTICE_GAP = timedelta(hours=24)


@dataclass(frozen=True)
class Waiting:
    """What waits for an organiser's decision in one partnership."""

    ideas: int = 0  # new ideas to publish (moderation first)
    translations: int = 0  # participants' translations to approve
    reports: int = 0  # ideas reported as inappropriate

    @property
    def total(self) -> int:
        return self.ideas + self.translations + self.reports

    def parts(self) -> list[tuple[str, int]]:
        """(kind, count) for each kind that has something, in a fixed order."""
        found = (("ideas", self.ideas), ("translations", self.translations))
        return [(k, n) for k, n in (*found, ("reports", self.reports)) if n]


def notice_slot(now: datetime, last: datetime | None) -> datetime:
    """When the next notice may go: now, but never within NOTICE_GAP of the last one."""
    return now if last is None else max(now, last + NOTICE_GAP)
