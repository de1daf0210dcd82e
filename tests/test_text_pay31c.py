"""A bare figure on a line whose label names a count of jobs or people is no pay, even right under a line of pay
on a page that has stated its currency (salaries.not-pay)."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _pay(text: str) -> list[tuple[str, float | None, float | None, str]]:
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    return [(s["role"], s["min"], s["max"], s["period"]) for s in facts.salaries]


def test_counts_of_jobs_under_a_pay_line_are_no_pay() -> None:
    text = (
        "Electrician\n\nMedian pay: $61,590 per year\nNumber of jobs, 2024: 818,700\n"
        "Job openings each year: 80,200\nEmployment change: 52,000\n"
    )
    assert _pay(text) == [("electrician", 61590.0, 61590.0, "year")]


def test_a_bare_figure_under_a_label_of_pay_is_still_pay() -> None:
    text = "Electrician\n\nMedian pay: $61,590 per year\nTop earners: 98,000 a year\n"
    assert ("electrician", 98000.0, 98000.0, "year") in _pay(text)
