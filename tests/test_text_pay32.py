"""Stop 32: pay read on development pages where the loader was weak, each rule tested on a text of another trade."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _pay(text: str) -> list[tuple[str, float | None, float | None, str]]:
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    return [(s["role"], s["min"], s["max"], s["period"]) for s in facts.salaries]


# --- salaries.figure: an adverb of period right after a figure is its own ------------------------------------------


def test_an_adverb_of_period_after_a_figure_is_its_own_before_another_period() -> None:
    text = "In Leeds, night porters were paid a mean £29,120 yearly or £14.00 per hour.\n"
    assert _pay(text) == [("night-porter", 29120.0, 29120.0, "year"), ("night-porter", 14.0, 14.0, "hour")]


def test_an_adverb_of_period_before_a_noun_is_not_the_figure_s_period() -> None:
    text = "Ward clerks earn £1,900 a month; the ward spends £3,000 monthly budgets on agency cover.\n"
    assert ("ward-clerk", 1900.0, 1900.0, "month") in _pay(text)
