"""A grade named as a post ('Band 3') is not whose pay follows it when a post is named before it in the sentence:
the pay is of the post on that grade (salaries.figure)."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _pay(text: str) -> list[tuple[str, float | None, float | None]]:
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    return [(s["role"], s["min"], s["max"]) for s in facts.salaries]


def test_the_pay_of_a_grade_a_post_starts_on_is_the_post_pay() -> None:
    text = "Pharmacy assistants start on Band 3, which pays £24,071 to £25,674."
    assert _pay(text) == [("pharmacy-assistant", 24071.0, 25674.0)]


def test_a_grade_moved_to_with_no_post_keeps_the_pay() -> None:
    assert _pay("After two years I moved from Band 5 to Band 6, which pays £37,000.") == [("band-6", 37000.0, 37000.0)]
