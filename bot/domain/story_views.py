"""A story with what its screens and the feed name (the partnership's cities and themes, the
idea), and the review date's arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.domain.ideas import Idea
from bot.domain.partnerships import Partnership
from bot.domain.stories import Story

REVIEW_MONTHS = (0, 3, 6, 12)  # "ask the team for an update in … months" (0: never)


@dataclass(frozen=True)
class StoryView:
    story: Story
    partnership: Partnership
    idea: Idea | None

    def city_name(self, city_id: int | None, language: str) -> str | None:
        city = self.partnership.city(city_id or 0)
        return city.name.for_reader(language) if city else None

    @property
    def theme_id(self) -> int | None:
        return min(self.idea.themes) if self.idea and self.idea.themes else None


def months_later(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("every month has 28 days")
