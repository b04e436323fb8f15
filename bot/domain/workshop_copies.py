"""A new workshop copied from an earlier one: everything but the day (and the sign-up deadline,
which belongs to the day); the draft goes on at the calendar."""

from __future__ import annotations

from bot.domain.workshop_draft_steps import ORDER
from bot.domain.workshop_drafts import WorkshopDraft
from bot.domain.workshops import Workshop, WorkshopInputError

MAX_COPY_CHOICES = 6  # the organiser's most recent workshops offered to copy


def copy_into(draft: WorkshopDraft, workshop: Workshop) -> None:
    """Fill a fresh draft from `workshop`. Its start time and duration are kept as a template:
    the day chosen next gets the same wall-clock start (asked again on a clock-change night)."""
    if draft.step != "copy" or workshop.partnership_id != draft.partnership_id:
        raise WorkshopInputError("workshops-error-use-buttons")
    own = workshop.title.language_for(draft.language)
    draft.kind = workshop.kind
    draft.title = workshop.title.values[own]
    draft.translations.titles = {k: v for k, v in workshop.title.values.items() if k != own}
    description = workshop.description
    draft.description = description.values.get(own) if description else None
    draft.translations.descriptions = (
        {k: v for k, v in description.values.items() if k != own} if description else {}
    )
    draft.city_id, draft.online = workshop.city_id, workshop.is_online
    draft.home_city = False  # the copied place, shown with its step as before
    draft.address, draft.online_link = workshop.address, workshop.online_link
    draft.time_zone = workshop.time_zone
    draft.starts_at, draft.ends_at = workshop.starts_at, workshop.ends_at
    draft.capacity, draft.city_quotas = workshop.capacity, dict(workshop.city_quotas)
    draft.questions = list(workshop.questions)
    draft.deadline, draft.day, draft.month = None, None, None
    venue = "link" if draft.online else "address"
    draft.answered = [venue if s == "venue" else s for s in ORDER if s != "date"]
    draft.step = "date"
