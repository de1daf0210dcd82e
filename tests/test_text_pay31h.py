"""A word of experience between 'for a' and the title after a figure ('for an experienced X') is no part of the
title: the figure is X's pay (salaries.held-as)."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _pay(text: str) -> list[tuple[str, float | None, float | None]]:
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    return [(s["role"], s["min"], s["max"]) for s in facts.salaries]


def test_pay_for_an_experienced_post_after_the_figure() -> None:
    text = "Rates of up to $32 an hour for an experienced electrician are common in the city."
    assert _pay(text) == [("electrician", None, 32.0)]


def test_pay_for_a_qualified_post_after_the_figure() -> None:
    assert _pay("Agencies offer £16.50 an hour for a qualified forklift driver.") == [("forklift-driver", 16.5, 16.5)]
