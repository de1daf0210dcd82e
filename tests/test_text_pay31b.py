"""A span of time is no period of pay: 'after a year', 'within a month', 'a year later' say how long, so a
figure in that sentence keeps the period the page stated for its kind of figure (salaries.figure)."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _pay(text: str) -> list[tuple[str, float | None, float | None, str]]:
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    return [(s["role"], s["min"], s["max"], s["period"]) for s in facts.salaries]


def test_after_a_year_is_no_year_of_pay() -> None:
    text = (
        "A front desk agent in Cebu earns PHP 16,000 to PHP 20,000 a month. After a year, many become night"
        " auditors, earning around PHP 24,000."
    )
    assert ("night-auditor", 24000.0, 24000.0, "month") in _pay(text)


def test_a_year_later_is_no_year_of_pay() -> None:
    text = "Ward clerks in Manila are paid PHP 15,000 a month; a year later a ward clerk may earn PHP 18,000."
    assert ("ward-clerk", 18000.0, 18000.0, "month") in _pay(text)


def test_a_year_after_a_figure_is_still_its_period() -> None:
    assert _pay("A night auditor in Cebu earns PHP 240,000 a year.") == [("night-auditor", 240000.0, 240000.0, "year")]
