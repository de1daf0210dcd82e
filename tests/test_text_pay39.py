"""Salary figures (stop 39): sums that are no one's pay though said with a period (a firm's sales or spend counted
per week or month), and more layouts of pay pages.

The wording here is our own (a brewery, a garden centre, a ferry company...), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_sales_and_spend_counted_per_period_are_no_pay(tmp_path: Path) -> None:
    text = (
        "Brewery jobs\n\n"
        "Head brewer\n\n"
        "Our head brewer earns £38,000 a year.\n\n"
        "The taproom takes around £12,000 a week in sales.\n\n"
        "The head brewer manages at least £8k/month in direct ingredient spend.\n\n"
        "The brewery spends £5,500 per month on hops and malt.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "head-brewer") == [(38000.0, 38000.0, "GBP", "year")]


def test_a_range_with_the_currency_code_after_each_figure(tmp_path: Path) -> None:
    text = (
        "Ferry deckhand salary in Sri Lanka\n\n"
        "Ferry deckhands typically earn between 410,000 LKR to 980,000 LKR annually.\n\n"
        "Ferry pursers earn 600,000 LKR - 1,200,000 LKR per year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "ferry-deckhand") == [(410000.0, 980000.0, "LKR", "year")]
    assert pay(g, "ferry-purser") == [(600000.0, 1200000.0, "LKR", "year")]
