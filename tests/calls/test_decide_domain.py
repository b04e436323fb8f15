"""The rules of decision letters: which placeables a template may use, how it is filled."""

from __future__ import annotations

from bot.domain.call_decisions import fill_template, letter_html, parse_decision, template_problem


def test_only_the_two_placeables_and_closed_braces_pass() -> None:
    assert template_problem("Hallo {applicant}, {call}!") is None
    assert template_problem("Hallo") is None
    assert template_problem("  ") == "empty"
    assert template_problem("Hallo {city}") == "unknown"
    assert template_problem("Hallo {applicant") == "braces"
    assert template_problem("Hallo applicant}") == "braces"
    assert template_problem("x" * 3001) == "too-long"


def test_the_letter_is_filled_and_everything_typed_stays_text() -> None:
    template = "<b>{applicant}</b> & {call} {applicant}"
    assert fill_template(template, applicant="A<", call="C") == "<b>A<</b> & C A<"
    assert letter_html(template, applicant="A<", call="C") == (
        "&lt;b&gt;A&lt;&lt;/b&gt; &amp; C A&lt;"
    )


def test_only_known_decisions_parse() -> None:
    assert parse_decision("accepted") == "accepted"
    assert parse_decision("approved") is None
    assert parse_decision("") is None
