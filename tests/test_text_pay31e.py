"""A figure in thousands after 'R' in a sentence of pay is in rands on any page, not only on one naming South
Africa (salaries.figure); 'R' before a small number or in a sentence naming no pay stays no currency."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _pay(text: str) -> list[tuple[str, float | None, float | None, str, str]]:
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    return [(s["role"], s["min"], s["max"], s["currency"], s["period"]) for s in facts.salaries]


def test_rands_in_a_line_of_pay_on_a_page_naming_no_country() -> None:
    text = "Bricklayer\n\nSalary: R12 500 - R16 000 per month\n"
    assert _pay(text) == [("bricklayer", 12500.0, 16000.0, "ZAR", "month")]


def test_rands_written_in_thousands_in_a_sentence_of_pay() -> None:
    assert _pay("A bricklayer earns R14k per month.") == [("bricklayer", 14000.0, 14000.0, "ZAR", "month")]


def test_an_r_before_a_small_number_or_outside_pay_is_no_rand() -> None:
    assert _pay("Bricklayer\n\nThe R2 000 mixer is on site.\nTools: R2 per brick\n") == []
