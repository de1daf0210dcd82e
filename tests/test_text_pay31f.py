"""Posts said to be paid 'the same' as the post paid just before take its figures (salaries.same-pay)."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _pay(text: str) -> list[tuple[str, float | None, float | None, str]]:
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    return [(s["role"], s["min"], s["max"], s["period"]) for s in facts.salaries]


def test_posts_paid_the_same_rates_take_the_figures_before() -> None:
    text = "Kitchen porters are paid £11.90 to £12.60 an hour. Dishwashers get the same rates."
    assert ("dishwasher", 11.9, 12.6, "hour") in _pay(text)


def test_about_the_same_after_a_year_figure() -> None:
    text = "A site carpenter earns around £34,000. Bricklayers earn roughly the same, and site managers far more."
    assert ("bricklayer", 34000.0, 34000.0, "year") in _pay(text)


def test_the_same_way_or_another_paragraph_is_no_pay() -> None:
    text = "A site carpenter earns around £34,000. Bricklayers are trained the same way.\n\nJoiners earn the same."
    assert [role for role, _, _, _ in _pay(text)] == ["site-carpenter"]
