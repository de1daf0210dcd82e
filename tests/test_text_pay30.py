"""A lakh written as a lone "L" after a figure is read only in capitals: a lower-case "l" glued to a number is no
lakh, and reading it as one crashed the loader (found by tests/test_properties.py)."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def test_a_lower_case_l_after_a_number_is_no_lakh_and_no_crash() -> None:
    facts = extract_facts(default_vocabulary(), "g.txt", "Store Manager pay: ¥8,000-12,000 per month 0l")
    assert [(s["min"], s["max"]) for s in facts.salaries] == [(8000.0, 12000.0)]


def test_a_capital_l_after_a_figure_is_still_lakhs() -> None:
    facts = extract_facts(default_vocabulary(), "g.txt", "Store Manager pay in Pune: ₹6L - ₹9L per annum.")
    assert [(s["min"], s["max"]) for s in facts.salaries] == [(600_000.0, 900_000.0)]
