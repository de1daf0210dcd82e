"""A short one-word title of the lexicon alone on its line ('Cook', 'Maid') heads the lines under it: their pay is
its pay, not the pay of the title heading the ad above (mentions.titles)."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _pay(text: str) -> list[tuple[str, float | None]]:
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    return [(s["role"], s["min"]) for s in facts.salaries]


def test_a_short_title_heading_an_ad_takes_its_pay() -> None:
    text = "Porter\nPay: £11.80 an hour\n\nCook\nPay: £13.20 an hour\n\nMaid\nPay: £11.60 an hour\n"
    assert _pay(text) == [("porter", 11.8), ("cook", 13.2), ("maid", 11.6)]
