"""The call's applications as one spreadsheet for its administrators: one row per applying
city, with its answers (original and translation), documents and checksums, every reviewer's
scores with the weighted totals, and the decision.

One file rather than several: organisers filter and sort one sheet; the scores belong to the
application and repeat on each of its cities' rows, so that filtering by city keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.db.call_decisions import ReviewRow, TranslationRow
from bot.domain.call_decisions import weighted_total
from bot.domain.calls import Application, Call, Party, Question
from bot.i18n import Translator
from bot.render.formatting import zone_label
from bot.render.languages import country_name, language_label
from bot.services.exports import Cell, csv_bytes, sheet_time


@dataclass(frozen=True)
class ExportData:
    call: Call
    applications: list[Application]
    reviews: list[ReviewRow]
    translations: list[TranslationRow]
    reviewer_names: dict[int, str]


class CallSheet:
    """Renders ExportData in one reader's language and spreadsheet conventions."""

    def __init__(self, tr: Translator, language: str, data: ExportData) -> None:
        self.tr = tr
        self.language = language
        self.data = data
        self.call = data.call
        self.weights = {c.id: c.weight for c in data.call.criteria}
        self.reviews: dict[int, list[ReviewRow]] = {}
        for review in data.reviews:
            self.reviews.setdefault(review.application_id, []).append(review)
        self.width = max((len(r) for r in self.reviews.values()), default=0)
        self.translated = {
            (t.application_id, t.question_id, t.party_id): t for t in self._preferred()
        }

    def _preferred(self) -> list[TranslationRow]:
        """Per answer, the translation into the reader's language if there is one, else any
        (human ones before machine ones)."""
        ordered = sorted(
            self.data.translations,
            key=lambda t: (t.language != self.language, t.source != "human"),
            reverse=True,
        )
        return ordered  # later entries win in the dict: the reader's language, human first

    def _t(self, message_id: str, **args: object) -> str:
        return self.tr.plain(self.language, message_id, **args)

    def csv(self) -> bytes:
        return csv_bytes(self.language, self.header(), self.rows())

    def header(self) -> list[str]:
        zone = zone_label(self.call.time_zone, self.language)
        columns = [
            self._t("decide-export-number"),
            self._t("decide-export-status"),
            self._t("decide-export-submitted", zone=zone),
            self._t("decide-export-decision"),
            self._t("decide-export-city"),
            self._t("decide-export-country"),
            self._t("decide-export-language"),
        ]
        for question in self.call.questions:
            title = self.question_title(question)
            columns += [title, self._t("decide-export-translation", question=title)]
        columns += [self._t("decide-export-documents"), self._t("decide-export-checksums")]
        for n in range(1, self.width + 1):
            columns.append(self._t("decide-export-reviewer", number=n))
            columns += [
                self._t("decide-export-score", number=n, criterion=c.name.for_reader(self.language))
                for c in self.call.criteria
            ]
            columns.append(self._t("decide-export-reviewer-total", number=n))
        columns.append(self._t("decide-export-mean"))
        return columns

    def question_title(self, question: Question) -> str:
        if question.text is not None:
            return question.text.for_reader(self.language)
        return self._t(f"decide-export-contact-{question.field}")

    def rows(self) -> list[list[Cell]]:
        return [
            self.row(application, party)
            for application in self.data.applications
            for party in application.parties
        ]

    def row(self, application: Application, party: Party) -> list[Cell]:
        submitted = application.submitted_at
        cells: list[Cell] = [
            application.id,
            self._t(f"decide-export-status-{application.status.value}"),
            sheet_time(submitted, self.language, self.call.time_zone) if submitted else None,
            self._t(f"decide-export-decision-{application.decision}")
            if application.decision
            else None,
            party.city,
            country_name(party.country, self.language) if party.country else None,
            language_label(party.language, self.language) if party.language else None,
        ]
        for question in self.call.questions:
            answer = application.answer(question.id, party.id)
            found = self.translated.get((application.id, question.id, party.id))
            cells += [answer.text if answer else None, self._translation(found)]
        mine = [
            d
            for d in application.documents
            if d.party_id == party.id or (d.party_id is None and party.is_lead)
        ]
        cells += [
            "; ".join(self._t("decide-export-document", name=d.file_name, size=d.size_bytes)
                      for d in mine),
            "; ".join(d.sha256 for d in mine),
        ]  # fmt: skip
        return cells + self.scores(application.id)

    def _translation(self, found: TranslationRow | None) -> str | None:
        if found is None:
            return None
        return self._t(
            "decide-export-translated",
            language=language_label(found.language, self.language),
            source=found.source,
            text=found.text,
        )

    def scores(self, application_id: int) -> list[Cell]:
        reviews = self.reviews.get(application_id, [])
        cells: list[Cell] = []
        totals = []
        for review in reviews:
            total = weighted_total(review.scores, self.weights)
            if total is not None and review.submitted_at is not None:
                totals.append(total)
            cells.append(self.data.reviewer_names.get(review.reviewer_id))
            cells += [review.scores.get(c.id) for c in self.call.criteria]
            cells.append(total)
        cells += [None] * ((self.width - len(reviews)) * (len(self.call.criteria) + 2))
        cells.append(round(sum(totals) / len(totals), 2) if totals else None)
        return cells


def sheet(tr: Translator, language: str, data: ExportData) -> bytes:
    return CallSheet(tr, language, data).csv()
